package org.heaplab.runtime;

import java.util.List;
import org.heaplab.runtime.code.FnCode;

/**
 * How many times each statement of the program's own functions has run: one counter per code
 * word of each such function, bumped at the word a statement begins at (the interpreter's
 * loop keeps the current function's array in a local, so counting costs an array increment
 * a statement, and nothing when a run does not count). Library functions and natives have no
 * array. A checkpoint keeps a copy, so the counts travel with the run when it goes back.
 * Written by the interpreter thread; read at a pause.
 */
public final class HitCounts {
    private final int[][] perFunction;

    HitCounts(List<FnCode> functions) {
        perFunction = new int[functions.size()][];
        for (int i = 0; i < perFunction.length; i++) {
            FnCode fn = functions.get(i);
            if (fn != null && !fn.isLibrary() && fn.codeLength() > 0) perFunction[i] = new int[fn.codeLength()];
        }
    }

    private HitCounts(int[][] perFunction) { this.perFunction = perFunction; }

    /** The counters of {@code fn}'s code words, or null (no counting, or a function not counted). */
    static int[] of(HitCounts h, FnCode fn) {
        if (h == null) return null;
        int i = fn.index();
        return i >= 0 && i < h.perFunction.length ? h.perFunction[i] : null;
    }

    /** How many times the statement beginning at {@code pc} of {@code fn} has run. */
    public long at(FnCode fn, int pc) {
        int[] a = of(this, fn);
        return a == null || pc < 0 || pc >= a.length ? 0 : Integer.toUnsignedLong(a[pc]);
    }

    HitCounts copy() {
        int[][] c = new int[perFunction.length][];
        for (int i = 0; i < c.length; i++) if (perFunction[i] != null) c[i] = perFunction[i].clone();
        return new HitCounts(c);
    }

    void copyFrom(HitCounts other) {
        for (int i = 0; i < perFunction.length; i++) {
            if (perFunction[i] != null) System.arraycopy(other.perFunction[i], 0, perFunction[i], 0, perFunction[i].length);
        }
    }

    long bytes() {
        long b = 16 + perFunction.length * 8L;
        for (int[] a : perFunction) if (a != null) b += 16 + a.length * 4L;
        return b;
    }
}
