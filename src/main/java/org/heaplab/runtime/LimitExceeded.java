package org.heaplab.runtime;

/** A run hit one of Heap Lab's limits (or was stopped by the user); the message says which and how to raise it. */
public final class LimitExceeded extends RuntimeException {
    public enum Limit { STEPS, TIME, MEMORY, OUTPUT, STOPPED }

    public final Limit limit;

    public LimitExceeded(Limit limit, String message) {
        super(message, null, false, false);
        this.limit = limit;
    }
}
