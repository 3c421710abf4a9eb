package org.heaplab.runtime;

/** A Zig panic ({@code @panic}, a failed safety check): the run ends with Zig's panic report and exit 134. */
public final class ZigPanic extends RuntimeException {
    /** Whether Zig's report shows the error return trace before the panic's stack trace (an unwrapped error's). */
    public final boolean withErrorTrace;

    public ZigPanic(String message) {
        this(message, false);
    }

    public ZigPanic(String message, boolean withErrorTrace) {
        super(message, null, false, false);
        this.withErrorTrace = withErrorTrace;
    }
}
