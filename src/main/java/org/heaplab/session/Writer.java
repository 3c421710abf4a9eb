package org.heaplab.session;

/** Who wrote bytes of the run's memory, as the write history tells it (see {@link WriteHistory}). */
public enum Writer {
    /** The program's own code (or the std on its behalf, e.g. an ArrayList's append). */
    PROGRAM,
    /** 0xAA as undefined: {@code = undefined} in the program, or the allocator on an allocation. */
    UNDEFINED,
    /** 0xAA as freed: the allocator on a free. */
    ALLOCATOR_FREE,
    /** The allocator's own bookkeeping in the memory it manages. */
    ALLOCATOR
}
