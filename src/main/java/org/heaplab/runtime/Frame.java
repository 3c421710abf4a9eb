package org.heaplab.runtime;


import org.heaplab.runtime.code.FnCode;
/**
 * One activation of a function on the VM: its registers and its memory on the simulated stack.
 * The VM's whole control state is a chain of frames, which is what makes a run inspectable.
 */
public final class Frame {
    final FnCode fn;
    final long[] r;
    /** Address of this frame's memory on the simulated stack. */
    final long base;
    /** Where an aggregate result goes (the caller's location), or 0. */
    final long resultAddr;
    final Frame caller;
    /** The caller's register that receives a scalar result, or -1. */
    final int retDst;
    /** The stack pointer to restore on return. */
    final long savedSp;
    /** Where to resume after the call in progress returns. */
    int pc;
    /** The instruction of the call in progress (or of the fault). */
    int callPc;
    /** The error trace's length when this call began (a non-error return cuts it back to this). */
    int traceMark;
    /** Frames of the user's code (not the std's) from this one out: kept, so asking costs nothing at any recursion depth. */
    private final int userDepth;

    Frame(FnCode fn, long base, long resultAddr, Frame caller, int retDst, long savedSp) {
        this.fn = fn;
        this.r = new long[fn.registerCount()];
        long[] kv = fn.constValues();
        if (kv.length > 0) System.arraycopy(kv, 0, r, fn.constBase(), kv.length);
        this.base = base;
        this.resultAddr = resultAddr;
        this.caller = caller;
        this.retDst = retDst;
        this.savedSp = savedSp;
        this.userDepth = userDepth(fn, caller);
    }

    /** A frame restored from a checkpoint, with its registers as they were. */
    Frame(FnCode fn, long[] registers, long base, long resultAddr, Frame caller, int retDst, long savedSp) {
        this.fn = fn;
        this.r = registers;
        this.base = base;
        this.resultAddr = resultAddr;
        this.caller = caller;
        this.retDst = retDst;
        this.savedSp = savedSp;
        this.userDepth = userDepth(fn, caller);
    }

    private static int userDepth(FnCode fn, Frame caller) {
        return (caller == null ? 0 : caller.userDepth) + (fn.isLibrary() ? 0 : 1);
    }

    /** How many frames of the user's code are on the stack from this one out. */
    public int userDepth() { return userDepth; }

    public FnCode function() { return fn; }

    public Frame caller() { return caller; }

    public long base() { return base; }

    /** The instruction this frame is at: the call in progress for callers, the current one for the innermost. */
    public int position() { return callPc; }

    public long register(int i) { return r[i]; }

    /** What a write observer last saw in this frame's register locals (its own), or null. */
    private long[] seen;

    public long[] seenRegisters() { return seen; }

    public void setSeenRegisters(long[] s) { this.seen = s; }
}
