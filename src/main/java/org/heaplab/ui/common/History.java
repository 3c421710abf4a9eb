package org.heaplab.ui.common;

import org.heaplab.trace.Snapshot;

/** The history links a block offers (heap pane, error cards): go to where it was allocated, freed, or lost; stop when it is freed. */
public interface History {
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
