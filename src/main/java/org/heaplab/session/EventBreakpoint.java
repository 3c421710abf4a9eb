package org.heaplab.session;

/**
 * A breakpoint on what the allocators do rather than on a line: the run pauses at the first
 * statement of the user's code after the event.
 *
 * @param kind    which event
 * @param value   the N of the Nth allocation, the byte count of "at least N bytes", or the block's address
 */
public record EventBreakpoint(Kind kind, long value) {
    public enum Kind { NTH_ALLOCATION, FREE_OF_BLOCK, ANY_MEMORY_ERROR, ALLOCATION_AT_LEAST, MOVING_RESIZE, FAILED_ALLOCATION }

    public static EventBreakpoint nthAllocation(long n) { return new EventBreakpoint(Kind.NTH_ALLOCATION, n); }

    public static EventBreakpoint freeOf(long address) { return new EventBreakpoint(Kind.FREE_OF_BLOCK, address); }

    public static EventBreakpoint anyMemoryError() { return new EventBreakpoint(Kind.ANY_MEMORY_ERROR, 0); }

    public static EventBreakpoint allocationOfAtLeast(long bytes) { return new EventBreakpoint(Kind.ALLOCATION_AT_LEAST, bytes); }

    public static EventBreakpoint movingResize() { return new EventBreakpoint(Kind.MOVING_RESIZE, 0); }

    /** Any allocation an allocator refuses (returns null for): one the lab made fail, or one it could not serve. */
    public static EventBreakpoint failedAllocation() { return new EventBreakpoint(Kind.FAILED_ALLOCATION, 0); }

    /** How the breakpoints list shows it. */
    public String describe() {
        return switch (kind) {
            case NTH_ALLOCATION -> "allocation number " + value;
            case FREE_OF_BLOCK -> String.format("free of the block at 0x%x", value);
            case ANY_MEMORY_ERROR -> "any memory error";
            case ALLOCATION_AT_LEAST -> "an allocation of at least " + value + " bytes";
            case MOVING_RESIZE -> "a resize that moves a block";
            case FAILED_ALLOCATION -> "an allocation that fails";
        };
    }
}
