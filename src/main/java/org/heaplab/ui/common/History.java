package org.heaplab.ui.common;

import org.heaplab.trace.Snapshot;

/**
 * The history links a block offers (heap pane, error cards): go to where it was allocated, freed,
 * or lost; stop when it is freed. An allocation and a free happen inside a statement, at a step
 * in the std where the window never stops: the trip lands on the program's first statement
 * after it (the block already allocated, or already freed), and every place that offers it
 * words it the same way ({@link #toFreeText}, {@link #toAllocationText} and their tooltips).
 */
public interface History {
    /** "go to just after the free (line 32)": the link to a block's free, wherever it is offered. */
    static String toFreeText(Snapshot.HeapBlock b) {
        return "go to just after the free" + (b.freeSite() == null ? "" : " (line " + b.freeSite().line() + ")");
    }

    /** Where the trip to the free lands, said exactly. */
    static String toFreeTip(Snapshot.HeapBlock b) {
        return "The free ran at step " + b.freeStep() + (b.freeSite() == null ? "" : ", inside the statement at " + b.freeSite().shortText())
                + "; the run stops at the program's first statement after it, where the block is already freed.";
    }

    /** "rewind to just after the allocation (line 27)": the link to a block's allocation, wherever it is offered. */
    static String toAllocationText(Snapshot.HeapBlock b) {
        return "rewind to just after the allocation" + (b.allocSite() == null ? "" : " (line " + b.allocSite().line() + ")");
    }

    /** Where the trip to the allocation lands, said exactly. */
    static String toAllocationTip(Snapshot.HeapBlock b) {
        return "The allocation ran at step " + b.allocStep() + (b.allocSite() == null ? "" : ", inside the statement at " + b.allocSite().shortText())
                + "; the run stops at the program's first statement after it, where the block is already allocated.";
    }

    /** Back to just after the statement that allocated the block. */
    void rewindToAllocation(Snapshot.HeapBlock b);

    /** To just after the statement that freed it. */
    void jumpToFree(Snapshot.HeapBlock b);

    /** To the step where the last pointer to an orphaned block was lost. */
    void findWhereLost(Snapshot.HeapBlock b);

    /** A breakpoint on the free of this block. */
    void breakOnFree(Snapshot.HeapBlock b);

    History NONE = new History() {
        @Override
        public void rewindToAllocation(Snapshot.HeapBlock b) { }

        @Override
        public void jumpToFree(Snapshot.HeapBlock b) { }

        @Override
        public void findWhereLost(Snapshot.HeapBlock b) { }

        @Override
        public void breakOnFree(Snapshot.HeapBlock b) { }
    };
}
