package org.heaplab.session;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A run's output as bytes, the newest {@code max} kept, which a rewind cuts back to what had
 * been written at the checkpoint (the replay writes the rest again). Thread-safe.
 */
final class OutputLog {
    private final int max;
    private byte[] bytes = new byte[1024];
    private int length;
    /** Bytes dropped from the front to keep at most {@code max}. */
    private long dropped;

    OutputLog(int max) {
        this.max = max;
    }

    synchronized void append(byte[] b) {
        if (length + b.length > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(length + b.length, Math.min(2 * bytes.length, max + b.length)));
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
        if (length > max) {
            int cut = length - max / 2;
            System.arraycopy(bytes, cut, bytes, 0, length - cut);
            length -= cut;
            dropped += cut;
        }
    }

    /** Every byte written so far, kept or not. */
    synchronized long total() { return dropped + length; }

    /** Forgets what was written after the first {@code total} bytes. */
    synchronized void truncate(long total) {
        if (total >= dropped) {
            length = (int) Math.min(length, total - dropped);
        } else {
            // the part to keep was already dropped for size: start over from there
            dropped = total;
            length = 0;
        }
    }

    synchronized String text() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
