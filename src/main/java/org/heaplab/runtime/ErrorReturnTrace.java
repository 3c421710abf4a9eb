package org.heaplab.runtime;

import java.util.Arrays;

/**
 * Zig's error return trace as the machine keeps it: the code address of each {@code try} and
 * {@code return error.X} an error passed on its way out, oldest first. A frame remembers the
 * trace's length when it was pushed, and handling an error cuts the trace back to it.
 */
final class ErrorReturnTrace {
    private long[] at = new long[32];
    private int length;

    void push(long address) {
        if (length == at.length) at = Arrays.copyOf(at, at.length * 2);
        at[length++] = address;
    }

    int length() { return length; }

    /** Cuts the trace back to {@code n} entries (never lengthens it). */
    void truncate(int n) { length = Math.min(length, n); }

    long[] copy() { return Arrays.copyOf(at, length); }

    void clear() { length = 0; }

    /** The trace a checkpoint kept. */
    void restore(long[] trace) {
        at = Arrays.copyOf(trace, Math.max(32, trace.length));
        length = trace.length;
    }
}
