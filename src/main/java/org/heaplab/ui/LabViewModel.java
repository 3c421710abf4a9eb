package org.heaplab.ui;

import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.heaplab.session.Compilation;
import org.heaplab.session.Debugger;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.StopReason;
import org.heaplab.ui.common.TaskRunner;

/**
 * The run controls of the window: starts a {@link Debugger} on the program in the editor,
 * sends it step commands, and publishes its latest snapshot. Snapshots arrive on the
 * interpreter thread; only the newest is handed to the UI executor (the JavaFX thread in the
 * app, the calling thread in tests), so a fast run never floods the window.
 */
public final class LabViewModel {
    /** What the toolbar can do now. */
    public enum Phase { IDLE, RUNNING, PAUSED }

    private final Executor ui;
    private final TaskRunner.Lane compiler;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final ReadOnlyObjectWrapper<Compilation> compilation = new ReadOnlyObjectWrapper<>(this, "compilation");
    private final ReadOnlyBooleanWrapper compiling = new ReadOnlyBooleanWrapper(this, "compiling");
    private final AtomicReference<Delivery> pending = new AtomicReference<>();
    private Debugger debugger;
    private Set<Integer> breakpoints = Set.of();
    private int stepsPerSecond;
    private RunSettings settings = RunSettings.defaults();

    /** Results go to {@code ui} (a test's own UI thread); compiles run on a lane of their own. */
    public LabViewModel(Executor ui) {
        this(TaskRunner.threads(ui));
    }

    public LabViewModel(TaskRunner tasks) {
        this.ui = tasks::ui;
        this.compiler = tasks.lane("compile");
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }

    public Snapshot getSnapshot() { return snapshot.get(); }

    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** The last compilation of a run (its diagnostics feed the Problems list). */
    public ReadOnlyObjectProperty<Compilation> compilationProperty() { return compilation.getReadOnlyProperty(); }


    public void setSettings(RunSettings s) { this.settings = s; }

    public void setBreakpoints(Set<Integer> lines) {
        this.breakpoints = Set.copyOf(lines);
        Debugger d = debugger;
        if (d != null) d.setBreakpoints(breakpoints);
    }

    private volatile boolean stopOnErrors = true;

    /** Whether a double free or wrong-size free pauses the run (it does by default). */
    public void setStopOnErrors(boolean b) {
        this.stopOnErrors = b;
        Debugger d = debugger;
        if (d != null) d.setStopOnErrors(b);
    }

    /** Animated runs: 0 is full speed. */
    public void setStepsPerSecond(int n) {
        this.stepsPerSecond = n;
        Debugger d = debugger;
        if (d != null) d.setStepsPerSecond(n);
    }

    /**
     * Replays a recorded program (an opened trace): it runs to its end at once, without
     * stopping at breakpoints or memory errors, so the timeline holds every step, then goes back
     * to its first step, paused there; from then on it is an ordinary run.
     */
    public void replay(String file, String text, Session.Mode mode) {
        if (phase.get() != Phase.IDLE) return;
        start(file, text, mode, Debugger.Command.CONTINUE, -1, true);
        replayRun = runId;
    }

    /** The run that is a replay still going to its end, or 0. */
    private int replayRun;

    /** Run or continue (F5). */
    public void runOrContinue(String file, String text, Session.Mode mode) {
        if (phase.get() == Phase.PAUSED) send(Debugger.Command.CONTINUE);
        else if (phase.get() == Phase.IDLE) start(file, text, mode, Debugger.Command.CONTINUE, -1);
    }

    /** Step over (F10), into (F11) or out (Shift+F11); from idle, starts paused at the first statement. */
    public void step(Debugger.Command c, String file, String text, Session.Mode mode) {
        if (phase.get() == Phase.PAUSED) send(c);
        else if (phase.get() == Phase.IDLE) start(file, text, mode, Debugger.Command.STEP_INTO, -1);
    }

    /** Run to cursor: to {@code line} of the program, or an earlier breakpoint. */
    public void runToLine(int line, String file, String text, Session.Mode mode) {
        if (phase.get() == Phase.PAUSED) {
            resume(d -> d.runToLine(line));
        } else if (phase.get() == Phase.IDLE) {
            start(file, text, mode, null, line);
        }
    }

    // ------------------------------------------------------------------ time travel

    /** Step back (F7): to the previous line the program ran, paused there; works after the run ended too. */
    public void stepBack() {
        travel(d -> d.send(Debugger.Command.STEP_BACK));
    }

    /** Goes to any step of the run (the timeline's slider). */
    public void seek(long step) {
        travel(d -> d.seek(step));
    }

    /** Goes to the first statement of the program after {@code step} (after an allocation or a free). */
    public void seekAfter(long step, String reason) {
        travel(d -> d.seekAfter(step, reason));
    }

    /** Goes to where the last pointer to an orphaned block was lost. */
    public void findWhereLost(long address, long allocStep) {
        travel(d -> d.findWhereLost(address, allocStep));
    }

    /** Reverse continue: back to the previous write a watchpoint watches, or a breakpoint, or the start. */
    public void reverseContinue() {
        travel(Debugger::reverseContinue);
    }

    /** Goes to just after a write the history answered with. */
    public void goToWrite(org.heaplab.session.Write w) {
        travel(d -> d.goToWrite(w));
    }

    /** The current run's write history, or null before a run. */
    public org.heaplab.session.WriteHistory history() {
        Debugger d = debugger;
        return d == null ? null : d.history();
    }

    private java.util.List<org.heaplab.session.Watchpoint> watchpoints = java.util.List.of();

    /** Byte ranges whose writes stop the run (this run's and the next ones'). */
    public void setWatchpoints(java.util.List<org.heaplab.session.Watchpoint> list) {
        this.watchpoints = java.util.List.copyOf(list);
        Debugger d = debugger;
        if (d != null) d.setWatchpoints(watchpoints);
    }

    /** Whether the run can be travelled: paused, or ended with its history kept. */
    public boolean canTravel() {
        Debugger d = debugger;
        return d != null && d.isAlive() && (phase.get() == Phase.PAUSED || phase.get() == Phase.IDLE);
    }

    private void travel(java.util.function.Consumer<Debugger> how) {
        if (!canTravel()) {
            if (phase.get() != Phase.RUNNING) status.set("Nothing to travel in: run or step the program first (a stopped run keeps no history)");
            return;
        }
        phase.set(Phase.RUNNING);
        status.set("Travelling");
        how.accept(debugger);
    }

    /** The timeline of the current run, or null before a run. */
    public org.heaplab.session.Timeline timeline() {
        Debugger d = debugger;
        return d == null ? null : d.timeline();
    }

    private java.util.List<org.heaplab.trace.EventBreakpoint> eventBreakpoints = java.util.List.of();

    public void setEventBreakpoints(java.util.List<org.heaplab.trace.EventBreakpoint> list) {
        this.eventBreakpoints = java.util.List.copyOf(list);
        Debugger d = debugger;
        if (d != null) d.setEventBreakpoints(eventBreakpoints);
    }

    public void pause() {
        if (phase.get() == Phase.RUNNING && debugger != null) debugger.send(Debugger.Command.PAUSE);
    }

    public void stop() {
        replayRun = 0;
        if (compiling.get()) stopAfterCompile = true;
        Debugger d = debugger;
        if (d != null && phase.get() != Phase.IDLE) d.send(Debugger.Command.STOP);
    }

    /** Stops the run and starts the program (as it is now in the editor) again, paused at its first statement. */
    public void restart(String file, String text, Session.Mode mode) {
        Debugger d = debugger;
        if (d != null && phase.get() != Phase.IDLE) d.send(Debugger.Command.STOP);
        phase.set(Phase.IDLE);
        start(file, text, mode, Debugger.Command.STEP_INTO, -1);
    }

    /** Stops the run and starts the program again with {@code first} (CONTINUE: running to its breakpoints). */
    public void restart(String file, String text, Session.Mode mode, Debugger.Command first) {
        Debugger d = debugger;
        if (d != null && phase.get() != Phase.IDLE) d.send(Debugger.Command.STOP);
        phase.set(Phase.IDLE);
        start(file, text, mode, first, -1);
    }

    private void send(Debugger.Command c) {
        resume(d -> d.send(c));
    }

    /** A paused run goes on: the toolbar shows it running until the next snapshot says otherwise. */
    private void resume(java.util.function.Consumer<Debugger> how) {
        phase.set(Phase.RUNNING);
        status.set("Running");
        how.accept(debugger);
    }

    /**
     * Compiles on a worker thread (never on the UI thread), then starts the run with {@code first},
     * or running to {@code runTo} when that is a line.
     */
    private void start(String file, String text, Session.Mode mode, Debugger.Command first, int runTo) {
        start(file, text, mode, first, runTo, false);
    }

    private void start(String file, String text, Session.Mode mode, Debugger.Command first, int runTo, boolean replay) {
        replayRun = 0;
        Debugger previous = debugger;
        if (previous != null) previous.send(Debugger.Command.STOP); // an ended run keeps its history until the next one
        phase.set(Phase.RUNNING);
        status.set("Compiling");
        compiling.set(true);
        stopAfterCompile = false;
        RunSettings s = settings;
        Set<Integer> bps = replay ? Set.of() : breakpoints;
        int speed = replay ? 0 : stepsPerSecond;
        boolean stopOnErr = !replay && stopOnErrors;
        var events = replay ? java.util.List.<org.heaplab.trace.EventBreakpoint>of() : eventBreakpoints;
        int run = ++runId;
        compiler.execute(() -> {
            Debugger d = Debugger.prepare(file, text, mode, s, new Debugger.Listener() {
                @Override
                public void snapshot(Snapshot snap) {
                    deliver(new Delivery(run, snap));
                }

                @Override
                public void finished(Session.Outcome o, Snapshot last) {
                    deliver(new Delivery(run, last));
                }
            });
            d.setBreakpoints(bps);
            d.setStepsPerSecond(speed);
            d.setStopOnErrors(stopOnErr);
            d.setEventBreakpoints(events);
            if (!replay) d.setWatchpoints(watchpoints);
            ui.execute(() -> {
                if (run != runId) {
                    return; // a newer run replaced this one while it compiled
                }
                debugger = d;
                compiling.set(false);
                compilation.set(d.compilation());
                status.set(d.compilation().ok() ? "Running" : "Did not compile");
                if (runTo > 0) d.startRunningTo(runTo);
                else d.start(first);
                if (stopAfterCompile) d.send(Debugger.Command.STOP);
            });
        });
    }

    private boolean stopAfterCompile;

    /** A snapshot and the run it belongs to (a stopped run's last words must not reach a newer run's panes). */
    private record Delivery(int run, Snapshot snapshot) {}

    private volatile int runId;

    private void deliver(Delivery s) {
        if (pending.getAndSet(s) != null) return; // an update is already on its way and will take this one
        ui.execute(() -> {
            Delivery latest = pending.getAndSet(null);
            if (latest == null || latest.run() != runId) return;
            apply(latest.snapshot());
        });
    }

    /** Shows a snapshot: the snapshot and the status first, the phase last (it is what says the stop is complete). */
    private void apply(Snapshot s) {
        snapshot.set(s);
        switch (s.state()) {
            case PAUSED -> {
                status.set(pausedText(s));
                phase.set(Phase.PAUSED);
            }
            case RUNNING -> phase.set(Phase.RUNNING);
            case FINISHED -> {
                if (replayRun != 0 && replayRun == runId && s.step() > 1) {
                    // a replay reached its end: the whole timeline is known; back to its first step, as an ordinary run
                    replayRun = 0;
                    Debugger d = debugger;
                    d.setBreakpoints(breakpoints);
                    d.setStopOnErrors(stopOnErrors);
                    d.setEventBreakpoints(eventBreakpoints);
                    d.setStepsPerSecond(stepsPerSecond);
                    phase.set(Phase.IDLE);
                    travel(x -> x.seek(1));
                    return;
                }
                // a run limit ended it: say where the limit is set
                boolean limit = s.stop() != null && s.stop().cause() instanceof StopReason.Finished f && f.ending() == StopReason.Ending.LIMIT;
                status.set(capitalize(s.reason()) + (limit ? " (raise the limit in Settings, Run limits)" : ""));
                phase.set(Phase.IDLE);
            }
            case READY -> phase.set(Phase.IDLE);
        }
    }

    /** "Paused (breakpoint) at line 12"; a pause the learner asked for is just "Paused at line 12". */
    static String pausedText(Snapshot s) {
        String why = s.stop() == null || s.stop() instanceof StopReason.Paused ? "" : " (" + s.reason() + ")";
        return "Paused" + why + " at line " + (s.position() == null ? "?" : s.position().line());
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Forgets the run: another program came into the editor. The run stops, whatever it still
     * sends is dropped, and the panes see no snapshot (they show nothing until the next run).
     */
    public void reset() {
        Debugger d = debugger;
        if (d != null) d.send(Debugger.Command.STOP);
        debugger = null;
        runId++;
        if (compiling.get()) compiling.set(false);
        pending.set(null);
        snapshot.set(null);
        compilation.set(null);
        status.set("Ready");
        phase.set(Phase.IDLE);
    }

    /** Stops any run (the window closes). */
    public void shutdown() {
        Debugger d = debugger;
        if (d != null) d.send(Debugger.Command.STOP);
        compiler.shutdown();
    }
}
