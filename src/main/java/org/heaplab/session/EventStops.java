package org.heaplab.session;

import java.util.List;
import org.heaplab.runtime.AllocatorChain;
import org.heaplab.trace.EventBreakpoint;
import org.heaplab.trace.StopReason;

/**
 * Breakpoints on allocator events (the Nth allocation, an allocation of at least N bytes, the
 * free of a block, a moving resize, a failed allocation, any memory error): the list, set from
 * any thread, the count of the program's allocations (put back with a checkpoint), and the stop
 * an event has asked for, taken at the next statement of the user's code. Which calls a
 * breakpoint stops at is the breakpoint's own rule ({@link EventBreakpoint#matches}).
 */
final class EventStops {
    private volatile List<EventBreakpoint> breakpoints = List.of();
    // interpreter-thread state
    private long programAllocs;
    private StopReason.Event pending;

    void set(List<EventBreakpoint> list) { this.breakpoints = List.copyOf(list); }

    /** Whether a memory error stops the run whatever the settings say. */
    boolean onAnyMemoryError() {
        return breakpoints.stream().anyMatch(EventBreakpoint::onMemoryError);
    }

    long programAllocs() { return programAllocs; }

    /** Back at a checkpoint: its count of allocations, and no stop pending. */
    void restore(long programAllocs) {
        this.programAllocs = programAllocs;
        pending = null;
    }

    /** Counts the call if it is one of the program's own allocations. */
    void count(AllocatorChain.Call c) {
        if (EventBreakpoint.isProgramAllocation(c)) programAllocs++;
    }

    /** Whether a breakpoint stops the run at this call (counted first); if one does, its stop is pending. */
    boolean check(AllocatorChain.Call c) {
        for (EventBreakpoint b : breakpoints) {
            if (b.matches(c, programAllocs)) {
                pending = new StopReason.Event(b, c.address(), c.op() == AllocatorChain.Call.Op.REMAP ? c.newLength() : c.length());
                return true;
            }
        }
        return false;
    }

    boolean hasPending() { return pending != null; }

    /** The pending stop's reason, now taken, or null. */
    StopReason.Event takePending() {
        StopReason.Event why = pending;
        pending = null;
        return why;
    }

    void clearPending() { pending = null; }
}
