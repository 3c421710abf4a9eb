package org.heaplab.runtime;

import java.util.Arrays;

/** Walks the machine's frames for the positions a trace prints (Zig's stack traces, its captureStackTrace and @returnAddress). */
final class StackWalk {
    private StackWalk() {}

    /**
     * Positions of the stack's real frames, innermost first: each frame's call in progress.
     * Inline functions have no frame of their own; their calls count as their caller's position.
     * The walk starts at the position {@code first} ({@code -1}: at {@code from}'s) and stops
     * after {@code max} positions.
     */
    static long[] positions(Image image, Frame from, long first, int max) {
        long[] out = new long[Math.min(max, 64)];
        int n = 0;
        boolean started = first < 0;
        long pending = -1;
        for (Frame x = from; x != null && n < max; x = x.caller) {
            long pos = pending >= 0 ? pending : image.codeAddress(x.fn, x.callPc);
            if (x.fn.isInline()) {
                if (pending < 0) pending = image.codeAddress(x.fn, x.callPc);
                continue;
            }
            pending = -1;
            if (!started && pos == first) started = true;
            if (!started) continue;
            if (n == out.length) out = Arrays.copyOf(out, (int) Math.min(max, 2L * n));
            out[n++] = pos;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
