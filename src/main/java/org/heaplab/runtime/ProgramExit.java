package org.heaplab.runtime;

/** {@code std.process.exit(status)}: the program ends at once, without running defers. */
public final class ProgramExit extends RuntimeException {
    public final int status;

    public ProgramExit(int status) {
        super("exit " + status, null, false, false);
        this.status = status;
    }
}
