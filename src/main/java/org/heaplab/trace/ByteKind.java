package org.heaplab.trace;

import org.heaplab.memory.ByteState;

/** A byte's state as snapshots carry it (the memory layer's {@link ByteState}, for readers above the session). */
public enum ByteKind {
    UNMAPPED, UNUSED, METADATA, UNDEFINED, DEFINED, FREED;

    private static final ByteKind[] VALUES = values();

    static {
        for (ByteState s : ByteState.values()) {
            if (!VALUES[s.ordinal()].name().equals(s.name())) throw new AssertionError("ByteKind out of step with ByteState");
        }
    }

    /** The kind of a state code in {@link Snapshot.MemoryRegion#runs()} and {@link Snapshot.HeapBlock#headStates()}. */
    public static ByteKind of(int code) { return VALUES[code]; }
}
