package org.heaplab.ui;

import org.heaplab.session.Debugger;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.session.faults.Compare;
import org.heaplab.trace.EventBreakpoint;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.StopReason;
import org.heaplab.ui.console.ConsoleViewModel;
import org.heaplab.ui.faults.FaultViews;

/**
 * What the Sweep and Compare views get from the window: the program in the editor and its run
 * settings, and opening one of their runs in the debugger (the fault settings set to it, so the
 * controls by the run buttons say what the run has done to it).
 */
final class FaultHost implements FaultViews.Host {
    private final AppContext ctx;
    private final ConsoleViewModel consoleVm;
    private final MemoryErrorCards cards;

    FaultHost(AppContext ctx, ConsoleViewModel consoleVm, MemoryErrorCards cards) {
        this.ctx = ctx;
        this.consoleVm = consoleVm;
        this.cards = cards;
    }

    @Override
    public String fileName() { return ctx.fileName(); }

    @Override
    public String text() { return ctx.editor.getText(); }

    @Override
    public Session.Mode mode() { return ctx.runMode(); }

    @Override
    public RunSettings settings() { return ctx.plainRunSettings(); }

    @Override
    public void openFailing(long n, String target, long step) {
        ctx.faults.failOnly(n, target);
        // the run stops after the failure (the breakpoint), then goes back to the statement whose
        // allocation failed: stepping on from there shows the errdefers that fire, or not
        if (!ctx.eventBreakpoints.contains(EventBreakpoint.failedAllocation())) ctx.eventBreakpoints.add(EventBreakpoint.failedAllocation());
        // the phase is set last, once the stop is complete (LabViewModel.apply)
        var once = new javafx.beans.value.ChangeListener<LabViewModel.Phase>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends LabViewModel.Phase> o, LabViewModel.Phase a, LabViewModel.Phase p) {
                if (p == LabViewModel.Phase.RUNNING) return;
                ctx.lab.phaseProperty().removeListener(this);
                Snapshot s = ctx.lab.getSnapshot();
                if (p == LabViewModel.Phase.PAUSED && s != null && s.stop() instanceof StopReason.Event e
                        && e.breakpoint() instanceof EventBreakpoint.FailedAllocation && step > 0) {
                    ctx.lab.seek(step);
                }
            }
        };
        rerun();
        ctx.lab.phaseProperty().addListener(once);
    }

    @Override
    public void openOn(Compare.Choice choice) {
        ctx.faults.clear();
        ctx.faults.substitute.set(choice.label().equals("own") ? null : choice);
        rerun();
    }

    private void rerun() {
        consoleVm.clear();
        cards.hide();
        cards.forget();
        ctx.lab.setSettings(ctx.runSettings());
        ctx.lab.restart(ctx.fileName(), ctx.editor.getText(), ctx.runMode(), Debugger.Command.CONTINUE);
        ctx.notify(ctx.faults.failAlloc.get() > 0
                ? "Running with allocation " + ctx.faults.failAlloc.get() + " failing; the run pauses where it fails."
                : "Running on " + (ctx.faults.substitute.get() == null ? "the program's own allocator" : ctx.faults.substitute.get().label()) + ".");
    }
}
