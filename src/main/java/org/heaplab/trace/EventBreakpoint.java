package org.heaplab.trace;

import org.heaplab.runtime.AllocatorChain.Call;

/**
 * A breakpoint on what the allocators do rather than on a line: the run pauses at the first
 * statement of the user's code after the event. Each kind says which allocator calls it stops at
 * ({@link #matches}), how the breakpoints list names it ({@link #describe}) and what its stop says
 * happened ({@link #happened}); the stop's reason is a {@link StopReason.Event} holding the
 * breakpoint, so a scenario or the window knows which one stopped the run without reading words.
 */
public sealed interface EventBreakpoint {
    /** How the breakpoints list shows it ("allocation number 3"). */
    String describe();

    /**
     * Whether this breakpoint stops the run at call {@code c}; {@code programAllocs} is how many
     * allocations the program has made, {@code c} included.
     */
    boolean matches(Call c, long programAllocs);

    /** What the stop says happened at the call ({@code address} and {@code bytes} are the call's), after "breakpoint: ". */
    String happened(long address, long bytes);

    /** Whether a memory error stops the run whatever the settings say. */
    default boolean onMemoryError() { return false; }

    /** The program's {@code n}th allocation. */
    record NthAllocation(long n) implements EventBreakpoint {
        public String describe() { return "allocation number " + n; }

        public boolean matches(Call c, long programAllocs) { return own(c, Call.Op.ALLOC) && programAllocs == n; }

        public String happened(long address, long bytes) { return describe(); }
    }

    /** The free of the block at {@code address}. */
    record FreeOf(long address) implements EventBreakpoint {
        public String describe() { return String.format("free of the block at 0x%x", address); }

        public boolean matches(Call c, long programAllocs) { return own(c, Call.Op.FREE) && c.address() == address; }

        public String happened(long at, long bytes) { return String.format("free of the block at 0x%x", at); }
    }

    /** Any memory error the debug allocator reports, even with memory errors not stopping the run. */
    record AnyMemoryError() implements EventBreakpoint {
        public String describe() { return "any memory error"; }

        /** A memory error is no allocator call: it stops the run as the error it is ({@link StopReason.MemoryError}). */
        public boolean matches(Call c, long programAllocs) { return false; }

        public String happened(long address, long bytes) { return describe(); }

        @Override
        public boolean onMemoryError() { return true; }
    }

    /** An allocation of at least {@code bytes} bytes. */
    record AllocationOfAtLeast(long bytes) implements EventBreakpoint {
        public String describe() { return "an allocation of at least " + bytes + " bytes"; }

        public boolean matches(Call c, long programAllocs) { return own(c, Call.Op.ALLOC) && c.length() >= bytes; }

        public String happened(long address, long length) { return "an allocation of " + length + " bytes (at least " + bytes + ")"; }
    }

    /** A resize that moves a block (a remap to another address). */
    record MovingResize() implements EventBreakpoint {
        public String describe() { return "a resize that moves a block"; }

        public boolean matches(Call c, long programAllocs) { return own(c, Call.Op.REMAP); }

        public String happened(long address, long bytes) { return String.format("a resize moved a block to 0x%x", address); }
    }

    /** Any allocation an allocator refuses (returns null for): one the lab made fail, or one it could not serve. */
    record FailedAllocation() implements EventBreakpoint {
        public String describe() { return "an allocation that fails"; }

        public boolean matches(Call c, long programAllocs) { return !c.ok() && c.op() == Call.Op.ALLOC; }

        public String happened(long address, long bytes) {
            return "an allocation of " + bytes + " bytes failed (it returned null: error.OutOfMemory)";
        }
    }

    static NthAllocation nthAllocation(long n) { return new NthAllocation(n); }

    static FreeOf freeOf(long address) { return new FreeOf(address); }

    static AnyMemoryError anyMemoryError() { return new AnyMemoryError(); }

    static AllocationOfAtLeast allocationOfAtLeast(long bytes) { return new AllocationOfAtLeast(bytes); }

    static MovingResize movingResize() { return new MovingResize(); }

    static FailedAllocation failedAllocation() { return new FailedAllocation(); }

    /** A call the program made itself (not an allocator's to its parent) that succeeded: one the timeline records. */
    static boolean own(Call c, Call.Op op) {
        return c.requester() < 0 && c.ok() && c.op() == op;
    }

    /** Whether {@code c} counts as one of the program's allocations (the N of {@link NthAllocation}). */
    static boolean isProgramAllocation(Call c) { return own(c, Call.Op.ALLOC); }
}
