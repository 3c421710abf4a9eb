package org.heaplab.session;

import java.util.List;
import org.heaplab.runtime.AllocatorChain;

/**
 * Breakpoints on allocator events (the Nth allocation, an allocation of at least N bytes, the
 * free of a block, a moving resize, any memory error): the list, set from any thread, the count
 * of the program's allocations (put back with a checkpoint), and the stop an event has asked for,
 * taken at the next statement of the user's code.
 */
final class EventStops {
    private volatile List<EventBreakpoint> breakpoints = List.of();
    // interpreter-thread state
    private long programAllocs;
    private String pending;

    void set(List<EventBreakpoint> list) { this.breakpoints = List.copyOf(list); }

    /** Whether a memory error stops the run whatever the settings say. */
    boolean onAnyMemoryError() {
        return breakpoints.stream().anyMatch(b -> b.kind() == EventBreakpoint.Kind.ANY_MEMORY_ERROR);
    }

    long programAllocs() { return programAllocs; }

    /** Back at a checkpoint: its count of allocations, and no stop pending. */
    void restore(long programAllocs) {
        this.programAllocs = programAllocs;
        pending = null;
    }

    /** Counts a call of the program's own (kind {@code k}). */
    void count(Timeline.Kind k) {
        if (k == Timeline.Kind.ALLOC) programAllocs++;
    }

    /** Whether a breakpoint stops the run at this call; if one does, its stop is pending. */
    boolean check(Timeline.Kind k, AllocatorChain.Call c) {
        for (EventBreakpoint b : breakpoints) {
            String why = switch (b.kind()) {
                case NTH_ALLOCATION -> k == Timeline.Kind.ALLOC && programAllocs == b.value() ? "allocation number " + programAllocs : null;
                case ALLOCATION_AT_LEAST -> k == Timeline.Kind.ALLOC && c.length() >= b.value()
                        ? "an allocation of " + c.length() + " bytes (at least " + b.value() + ")" : null;
                case FREE_OF_BLOCK -> k == Timeline.Kind.FREE && c.address() == b.value() ? String.format("free of the block at 0x%x", c.address()) : null;
                case MOVING_RESIZE -> k == Timeline.Kind.MOVE ? String.format("a resize moved a block to 0x%x", c.address()) : null;
                case ANY_MEMORY_ERROR, FAILED_ALLOCATION -> null;
            };
            if (why != null) {
                pending = "breakpoint: " + why;
                return true;
            }
        }
        return false;
    }

    /** Whether a breakpoint stops the run at this refused call (an allocation returning null); if one does, its stop is pending. */
    boolean checkRefused(AllocatorChain.Call c) {
        if (c.ok() || c.op() != AllocatorChain.Call.Op.ALLOC) return false;
        for (EventBreakpoint b : breakpoints) {
            if (b.kind() == EventBreakpoint.Kind.FAILED_ALLOCATION) {
                pending = "breakpoint: an allocation of " + c.length() + " bytes failed (it returned null: error.OutOfMemory)";
                return true;
            }
        }
        return false;
    }

    boolean hasPending() { return pending != null; }

    /** The pending stop's reason, now taken, or null. */
    String takePending() {
        String why = pending;
        pending = null;
        return why;
    }

    void clearPending() { pending = null; }
}
