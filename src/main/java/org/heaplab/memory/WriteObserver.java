package org.heaplab.memory;

/**
 * Told by the {@link AddressSpace} of every write after it is done (the debugger's write
 * history): a store of one value, bytes written, a fill, a copy (with its source) and a change of
 * state alone (a free marks bytes FREED). Loads are told too, so a store of a value just loaded
 * can be known as a copy. Absent, it costs the memory one field test per load and per write.
 */
public interface WriteObserver {
    int STORE = 0, BYTES = 1, FILL = 2, COPY = 3, STATE = 4;

    /** {@code how}: STORE ({@code value} is the value stored), BYTES, FILL ({@code value} the byte), COPY ({@code from} the source), STATE. */
    void written(long addr, long len, ByteState state, int how, long value, long from);

    void loaded(long addr, int size, long value);
}
