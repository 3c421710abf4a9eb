package org.heaplab.runtime;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Texts a native has produced (formatted output, JSON) that Zig code is handing to a writer
 * piece by piece. They live in the machine, not in simulated memory, so writing through a
 * writer allocates exactly what the writer itself allocates, as in Zig.
 */
final class PendingTexts {
    private static final class Text {
        final byte[] bytes;
        final long aux;
        int taken;

        Text(byte[] bytes, long aux) {
            this.bytes = bytes;
            this.aux = aux;
        }
    }

    private final Map<Long, Text> texts = new HashMap<>();
    private long next = 1;

    long add(byte[] bytes) { return add(bytes, 0); }

    /** Adds a text with a number the producer wants to pass along (JSON: its nesting depth). */
    long add(byte[] bytes, long aux) {
        long id = next++;
        texts.put(id, new Text(bytes, aux));
        return id;
    }

    long aux(long id) {
        Text t = texts.get(id);
        return t == null ? 0 : t.aux;
    }

    /** The next at most {@code max} bytes of the text; empty when all were taken. */
    byte[] take(long id, int max) {
        Text t = texts.get(id);
        if (t == null) return new byte[0];
        int n = Math.min(max, t.bytes.length - t.taken);
        byte[] part = Arrays.copyOfRange(t.bytes, t.taken, t.taken + n);
        t.taken += n;
        return part;
    }

    void drop(long id) { texts.remove(id); }

    /** A copy for a checkpoint (the texts' bytes are never changed, so they are shared). */
    PendingTexts copy() {
        var c = new PendingTexts();
        copyInto(c);
        return c;
    }

    /** Makes {@code into} hold what this holds. */
    void copyInto(PendingTexts into) {
        into.texts.clear();
        for (var e : texts.entrySet()) {
            Text t = new Text(e.getValue().bytes, e.getValue().aux);
            t.taken = e.getValue().taken;
            into.texts.put(e.getKey(), t);
        }
        into.next = next;
    }
}
