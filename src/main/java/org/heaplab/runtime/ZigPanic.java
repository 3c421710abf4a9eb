package org.heaplab.runtime;

/** A Zig panic ({@code @panic}, a failed safety check): the run ends with Zig's panic report and exit 134. */
public final class ZigPanic extends RuntimeException {
    public ZigPanic(String message) {
        super(message, null, false, false);
    }
}
