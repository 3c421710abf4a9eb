package org.heaplab.memory;

/**
 * What a byte of the simulated address space is, as the heap map colours it. Kept per byte in a
 * shadow array beside the data; loads and stores read and update it.
 */
public enum ByteState {
    /** No page is mapped here: touching it is a segmentation fault. */
    UNMAPPED,
    /** Mapped but not handed out (free bucket slots, unused page tails, unused stack). */
    UNUSED,
    /** Bookkeeping an allocator keeps in the memory it manages (bucket headers, arena nodes). */
    METADATA,
    /** Handed out but not written yet: holds 0xAA, as Zig writes in Debug builds. */
    UNDEFINED,
    /** Written by the program. */
    DEFINED,
    /** Returned to an allocator that keeps the page mapped: reading it is a use after free. */
    FREED;

    private static final ByteState[] VALUES = values();

    public byte code() { return (byte) ordinal(); }

    public static ByteState of(byte code) { return VALUES[code]; }
}
