package org.heaplab.session;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A run's output as bytes, kept for travelling: everything the run has printed up to the
 * furthest point it reached (the newest {@code max} bytes of it), and a cursor at the point the
 * run is at now. A trip back moves the cursor back; running on again prints the same bytes
 * (the run is deterministic), which move the cursor forward over what is kept, and a trip
 * forward to a checkpoint moves it there at once. Thread-safe.
 */
final class OutputLog {
    private final int max;
    private byte[] bytes = new byte[1024];
    /** Bytes kept (the newest of what was printed up to the furthest point). */
    private int length;
    /** Bytes dropped from the front to keep at most {@code max}. */
    private long dropped;
    /** Where the run is: bytes printed so far. */
    private long cursor;

    OutputLog(int max) {
        this.max = max;
    }

    synchronized void append(byte[] b) {
        long end = dropped + length;
        long from = cursor;
        cursor += b.length;
        if (cursor <= end) return; // printed again after a trip back: kept already
        int skip = (int) Math.max(0, end - from);
        if (from > end) {
            // the cursor went past what is kept (a trip to a checkpoint beyond it): start over from here
            length = 0;
            dropped = from;
        }
        int n = b.length - skip;
        if (length + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(length + n, Math.min(2 * bytes.length, max + n)));
        System.arraycopy(b, skip, bytes, length, n);
        length += n;
        if (length > max) {
            int cut = length - max / 2;
            System.arraycopy(bytes, cut, bytes, 0, length - cut);
            length -= cut;
            dropped += cut;
        }
    }

    /** The run is now where {@code total} bytes had been printed (a trip back or forward to a checkpoint). */
    synchronized void moveTo(long total) {
        cursor = total;
    }

    /** What was printed up to where the run is (its newest part, when it is long). */
    synchronized String text() {
        long end = Math.min(cursor, dropped + length);
        if (end <= dropped) return "";
        return new String(bytes, 0, (int) (end - dropped), StandardCharsets.UTF_8);
    }
}
