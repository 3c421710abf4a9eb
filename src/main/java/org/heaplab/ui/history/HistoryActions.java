package org.heaplab.ui.history;

import java.util.function.LongSupplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.heaplab.session.Watchpoint;
import org.heaplab.trace.Snapshot;
import org.heaplab.ui.common.WriteQuestions;

/**
 * The panes' questions about bytes, answered: a question brings the History tab forward and asks
 * its view model at the step the run is paused at; "break when written" adds a watchpoint to
 * the list the Breakpoints tab shows (and the lab hands to the run).
 */
public final class HistoryActions implements WriteQuestions {
    private final HistoryViewModel vm;
    private final LongSupplier step;
    private final Runnable showTab;
    private final ObservableList<Watchpoint> watchpoints = FXCollections.observableArrayList();

    public HistoryActions(HistoryViewModel vm, LongSupplier step, Runnable showTab) {
        this.vm = vm;
        this.step = step;
        this.showTab = showTab;
    }

    /** The watchpoints set so far, in the order they were set. */
    public ObservableList<Watchpoint> watchpoints() { return watchpoints; }

    @Override
    public void lastWrite(String label, long address, long length) {
        showTab.run();
        vm.lastWrite(label, address, Math.max(1, length), step.getAsLong());
    }

    @Override
    public void origin(String label, long address, long length) {
        showTab.run();
        vm.origin(label, address, Math.max(1, length), step.getAsLong());
    }

    @Override
    public void watch(String label, long address, long length) {
        var w = new Watchpoint(address, Math.max(1, length), label);
        if (!watchpoints.contains(w)) watchpoints.add(w);
    }

    @Override
    public void blockLife(Snapshot.HeapBlock b) {
        showTab.run();
        vm.blockLife(String.format("block 0x%x (%d bytes)", b.address(), b.length()), b.address(), step.getAsLong());
    }
}
