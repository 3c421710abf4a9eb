package org.heaplab.runtime;

/** The simulated stack ran out: the process dies with SIGSEGV before Zig's handler can print anything (exit 139). */
public final class StackOverflow extends RuntimeException {
    public StackOverflow() {
        super("stack overflow", null, false, false);
    }
}
