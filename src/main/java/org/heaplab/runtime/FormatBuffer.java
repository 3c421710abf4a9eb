package org.heaplab.runtime;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/**
 * Where the formatter puts the text it makes. Every byte written counts as work for the VM's
 * limits ({@link Vm#work}), so a width of a billion stops when time runs out. A buffer for an
 * unbuffered stream ({@code std.debug.print}) hands its text on every {@link #FLUSH_AT} bytes,
 * so padding of any width streams out and meets the output limit without first being built in
 * Java; any other buffer (bufPrint, allocPrint, count) holds at most {@link #LIMIT} bytes.
 */
final class FormatBuffer extends ByteArrayOutputStream {
    static final int LIMIT = 256 << 20;
    private static final int FLUSH_AT = 64 << 10;

    private final Vm vm;
    private final Consumer<byte[]> flushTo;

    /** @param vm the machine's VM, or null at compile time; @param flushTo an unbuffered stream, or null */
    FormatBuffer(Vm vm, Consumer<byte[]> flushTo) {
        this.vm = vm;
        this.flushTo = flushTo;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (vm != null) vm.work(len);
        if (flushTo != null) {
            for (int done = 0; done < len; ) {
                int n = Math.min(len - done, FLUSH_AT - count);
                super.write(b, off + done, n);
                done += n;
                if (count >= FLUSH_AT) flushNow();
            }
            return;
        }
        if ((long) count + len > LIMIT) throw tooLong();
        super.write(b, off, len);
    }

    /** Hands what is buffered to the stream (before text that goes there directly). */
    void flushNow() {
        if (flushTo != null && count > 0) {
            flushTo.accept(toByteArray());
            reset();
        }
    }

    static LimitExceeded tooLong() {
        return new LimitExceeded(LimitExceeded.Limit.FIXED,
                "it formatted a text of more than " + (LIMIT >> 20) + " MiB at once (Heap Lab's limit for one format)");
    }
}
