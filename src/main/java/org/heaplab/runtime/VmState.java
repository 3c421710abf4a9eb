package org.heaplab.runtime;

import java.util.Arrays;
import org.heaplab.runtime.code.FnCode;

/**
 * The interpreter's state at a statement boundary, as a checkpoint keeps it: each frame's
 * function, registers, positions and error-trace mark, the stack pointer, the step and work
 * counts and the error return
 * trace. {@link #frames} builds live frames from it, as often as a checkpoint is restored.
 */
final class VmState {
    private final FnCode[] fns;
    private final long[][] registers;
    private final long[] bases, resultAddrs, savedSps;
    private final int[] retDsts, pcs, callPcs, traceMarks;
    private final long sp, steps, scratch, work;
    private final int depth;
    private final long[] errorTrace;

    VmState(Frame current, long sp, long steps, long work, long scratch, int depth, long[] errorTrace) {
        int n = 0;
        for (Frame f = current; f != null; f = f.caller) n++;
        fns = new FnCode[n];
        registers = new long[n][];
        bases = new long[n];
        resultAddrs = new long[n];
        savedSps = new long[n];
        retDsts = new int[n];
        pcs = new int[n];
        callPcs = new int[n];
        traceMarks = new int[n];
        int i = 0;
        for (Frame f = current; f != null; f = f.caller, i++) {
            fns[i] = f.fn;
            registers[i] = f.r.clone();
            bases[i] = f.base;
            resultAddrs[i] = f.resultAddr;
            savedSps[i] = f.savedSp;
            retDsts[i] = f.retDst;
            pcs[i] = f.pc;
            callPcs[i] = f.callPc;
            traceMarks[i] = f.traceMark;
        }
        this.sp = sp;
        this.steps = steps;
        this.work = work;
        this.scratch = scratch;
        this.depth = depth;
        this.errorTrace = errorTrace;
    }

    /** New frames as they were (registers copied), innermost first: returns the innermost. */
    Frame frames() {
        Frame caller = null;
        for (int i = fns.length - 1; i >= 0; i--) {
            Frame f = new Frame(fns[i], registers[i].clone(), bases[i], resultAddrs[i], caller, retDsts[i], savedSps[i]);
            f.pc = pcs[i];
            f.callPc = callPcs[i];
            f.traceMark = traceMarks[i];
            caller = f;
        }
        return caller;
    }

    long sp() { return sp; }

    long steps() { return steps; }

    /** The work counted inside natives so far ({@code Vm.work}). */
    long work() { return work; }

    long scratch() { return scratch; }

    int depth() { return depth; }

    long[] errorTrace() { return errorTrace; }

    long bytes() {
        long b = 64 + errorTrace.length * 8L;
        for (long[] r : registers) b += 48 + 16 + r.length * 8L;
        return b;
    }
}
