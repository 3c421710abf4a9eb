package org.heaplab.runtime;

/** A run hit one of Heap Lab's limits (or was stopped by the user); the message says which and how to raise it. */
public final class LimitExceeded extends RuntimeException {
    /** Which limit: one the settings raise (statements, time, memory, output), one of Heap Lab's own no setting raises, or a stop asked for. */
    public enum Limit { STEPS, TIME, MEMORY, OUTPUT, FIXED, STOPPED }

    public final Limit limit;

    public LimitExceeded(Limit limit, String message) {
        super(message, null, false, false);
        this.limit = limit;
    }
}
