package org.heaplab.session;

import java.util.Arrays;
import java.util.function.LongFunction;
import org.heaplab.runtime.AllocatorChain;
import org.heaplab.source.Span;

/**
 * The program's allocator calls for block lives ({@link BlockLife}): each call's step, what it
 * did, the block's address and lengths and the code address of the user's call, recorded once
 * (a replay repeats the same calls, numbered as before). Appended by the run's thread; read
 * through {@link #snapshot}.
 */
final class BlockCalls {
    static final int ALLOC = 0, RESIZE = 1, MOVE = 2, FREE = 3;

    /** The calls up to some moment, as columns. */
    record View(int count, long[] step, byte[] op, long[] address, long[] length, long[] newLength, long[] site,
                LongFunction<Span> spans) {}

    private long[] step = new long[64], address = new long[64], length = new long[64], newLength = new long[64], site = new long[64];
    private byte[] op = new byte[64];
    private int count;
    private long calls, released;
    private LongFunction<Span> spans = a -> null;

    synchronized void setSpans(LongFunction<Span> s) { this.spans = s; }

    /** Records a call of the program's (true when it is new) (an allocator's calls to its parent and refusals are not the program's). */
    synchronized boolean record(AllocatorChain.Call c) {
        if (c.requester() >= 0 || !c.ok()) return false;
        long serial = c.serial();
        if (serial < 0) {
            if (-serial <= released) return false;
            released = -serial;
        } else {
            if (serial < calls) return false;
            calls = serial + 1;
        }
        if (count == step.length) {
            int n = count * 2;
            step = Arrays.copyOf(step, n);
            address = Arrays.copyOf(address, n);
            length = Arrays.copyOf(length, n);
            newLength = Arrays.copyOf(newLength, n);
            site = Arrays.copyOf(site, n);
            op = Arrays.copyOf(op, n);
        }
        step[count] = c.step();
        address[count] = c.address();
        length[count] = c.length();
        newLength[count] = c.newLength();
        site[count] = c.site();
        op[count] = (byte) switch (c.op()) {
            case ALLOC -> ALLOC;
            case RESIZE -> RESIZE;
            case REMAP -> MOVE;
            case FREE -> FREE;
        };
        count++;
        return true;
    }

    /** The step of the latest allocation at {@code address}, or 0. */
    synchronized long allocStep(long address) {
        for (int i = count - 1; i >= 0; i--) if (op[i] == ALLOC && this.address[i] == address) return step[i];
        return 0;
    }

    synchronized View snapshot() {
        return new View(count, step, op, address, length, newLength, site, spans);
    }

    synchronized long bytes() { return 64L + step.length * 41L; }
}
