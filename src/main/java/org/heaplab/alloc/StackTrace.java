package org.heaplab.alloc;

/** Code addresses of a captured call stack, innermost first (what Zig stores per allocation). */
public record StackTrace(long[] addresses) {
    public static final StackTrace EMPTY = new StackTrace(new long[0]);

    public int depth() { return addresses.length; }
}
