package org.heaplab.ui;

import org.heaplab.session.Debugger;
import org.heaplab.trace.Snapshot;
import org.heaplab.ui.console.ConsoleViewModel;

/**
 * The run controls' actions (run or continue, the steps, step back, a seek on the timeline,
 * run to cursor, restart), each readying a fresh run with the settings it gets, and what a
 * stop does to the editor (the current-line marker, the error card, the leak notice). The
 * debugger does the work on its own thread; these only send it commands.
 */
final class RunActions {
    private final AppContext ctx;
    private final ConsoleViewModel consoleVm;
    private final MemoryErrorCards cards;
    /** Whether the learner was told that edits during a run do not change it. */
    private boolean warnedEdit;

    RunActions(AppContext ctx, ConsoleViewModel consoleVm, MemoryErrorCards cards) {
        this.ctx = ctx;
        this.consoleVm = consoleVm;
        this.cards = cards;
        var settings = ctx.settings;
        settings.stepsPerSecond.addListener((o, a, b) -> ctx.lab.setStepsPerSecond(b.intValue()));
        ctx.lab.setStepsPerSecond(settings.stepsPerSecond.get());
        settings.stopOnMemoryErrors.addListener((o, a, b) -> ctx.lab.setStopOnErrors(b));
        ctx.lab.setStopOnErrors(settings.stopOnMemoryErrors.get());
    }

    /** Readies a run from idle: its settings, a clear console, no card. */
    void beforeRun() {
        if (ctx.lab.phaseProperty().get() != LabViewModel.Phase.IDLE) return;
        warnedEdit = false;
        // a trace opened into the editor runs with the settings it was recorded with
        ctx.lab.setSettings(ctx.runSettings());
        consoleVm.clear();
        cards.hide();
        cards.forget();
    }

    void runOrContinue() {
        beforeRun();
        ctx.lab.runOrContinue(ctx.fileName(), ctx.editor.getText(), ctx.runMode());
    }

    void step(Debugger.Command c) {
        beforeRun();
        ctx.lab.step(c, ctx.fileName(), ctx.editor.getText(), ctx.runMode());
    }

    /** Replays a trace's program: to its end at once (the timeline then holds every step), then paused at its first step. */
    void replay() {
        beforeRun();
        ctx.lab.replay(ctx.fileName(), ctx.editor.getText(), ctx.runMode());
    }

    void stepBack() {
        cards.hide();
        ctx.lab.stepBack();
    }

    /** Reverse continue: back to the previous write a watchpoint watches (or a breakpoint). */
    void reverseContinue() {
        cards.hide();
        ctx.lab.reverseContinue();
    }

    void seek(long step) {
        cards.hide();
        ctx.lab.seek(step);
    }

    void runToCursor() {
        beforeRun();
        ctx.lab.runToLine(ctx.editor.caretLine(), ctx.fileName(), ctx.editor.getText(), ctx.runMode());
    }

    void restart() {
        if (ctx.lab.phaseProperty().get() == LabViewModel.Phase.IDLE) {
            step(Debugger.Command.STEP_INTO);
            return;
        }
        consoleVm.clear();
        cards.hide();
        warnedEdit = false;
        ctx.lab.setSettings(ctx.runSettings());
        ctx.lab.restart(ctx.fileName(), ctx.editor.getText(), ctx.runMode());
    }

    /** The program was edited: during a run, the learner is told (once) that the run goes on with the old text. */
    void edited() {
        if (ctx.lab.phaseProperty().get() != LabViewModel.Phase.IDLE && !warnedEdit) {
            warnedEdit = true;
            ctx.notify("The program changed since this run started; Restart (Ctrl+Shift+F5) runs the new text.");
        }
    }

    /** After the panes show a snapshot: the editor's marker, the card of the error the run stopped on, a word on leaks at the end. */
    void shown(Snapshot s) {
        boolean stopped = s != null && s.state() != Snapshot.RunState.RUNNING;
        // the marker shows where the run is, or the line of the error that ended it
        boolean marked = s != null && s.position() != null && s.position().file().equals(ctx.fileName())
                && (s.state() != Snapshot.RunState.FINISHED || s.stoppedOn() != null);
        ctx.editor.currentLineProperty().set(marked ? s.position().line() : 0);
        ctx.editor.showRun(s == null ? null : s.source(), ctx.fileName(), marked && s.state() == Snapshot.RunState.PAUSED ? s.position().line() : 0);
        if (stopped && s.stoppedOn() != null && !cards.wasShown(s.stoppedOn())) cards.open(s.stoppedOn());
        if (s != null && s.state() == Snapshot.RunState.FINISHED) {
            long leaks = s.errors().stream().filter(e -> e.kind() == Snapshot.ErrorKind.LEAK).count();
            if (leaks > 0) ctx.notify((leaks == 1 ? "1 block leaked" : leaks + " blocks leaked") + ": see Problems; each links to its allocation.");
        }
    }
}
