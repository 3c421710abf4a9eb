package org.heaplab.runtime.codegen;

/**
 * A memory location as the code generator sees it: a register holding a base address (or the
 * frame itself, {@link #FRAME}) plus a constant offset.
 */
record Mem(int base, long off) {
    /** The base of a location in the current frame (addressed by LDF, STF and LDFRAME). */
    static final int FRAME = -1;

    static Mem inFrame(long off) { return new Mem(FRAME, off); }

    boolean inFrame() { return base == FRAME; }

    Mem plus(long d) { return new Mem(base, off + d); }
}
