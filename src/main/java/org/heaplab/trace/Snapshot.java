package org.heaplab.trace;

import java.util.List;
import java.util.Set;

/**
 * Everything the panes show about a paused (or finished) run, taken at one step. Immutable: the
 * interpreter thread builds it from the machine, the window only reads it. Each pane renders one
 * snapshot without consulting another; what changed since the previous snapshot is a field.
 *
 * @param step       statements run so far
 * @param state      whether the run is paused, running or over
 * @param stop       why it stopped here: a step, a breakpoint, a memory error, the run's end... ({@link #reason()} in words)
 * @param position   the current line (innermost frame in the user's code), or null
 * @param frames     the user's frames, innermost first
 * @param blocks     heap blocks: live ones of every allocator, then recently freed ones
 * @param regions    mapped memory with its byte states, for the heap map
 * @param defers     pending defers per scope, innermost scope of the innermost frame first
 * @param allocators the allocator chain
 * @param calls      the most recent calls through the allocators, oldest first
 * @param totalCalls how many allocator calls the run has made
 * @param output     program output and Zig's reports so far (stdout and stderr interleaved)
 * @param errors     memory errors and faults so far, oldest first
 * @param stoppedOn  the error this stop is about, or null
 * @param exitCode   the exit status once the run is over, else -1
 * @param changes    what differs from the previous snapshot
 * @param source     the run on the source at a pause: hit counts, loop iterations, inline values
 */
public record Snapshot(long step, RunState state, StopReason stop, SourcePos position, List<StackFrame> frames, List<HeapBlock> blocks,
                       List<MemoryRegion> regions, List<DeferScope> defers, List<AllocatorInfo> allocators,
                       List<AllocatorCall> calls, long totalCalls, String output, List<MemoryError> errors, MemoryError stoppedOn,
                       int exitCode, Changes changes, SourceRun source) {

    public Snapshot(long step, RunState state, StopReason stop, SourcePos position, List<StackFrame> frames, List<HeapBlock> blocks,
                    List<MemoryRegion> regions, List<DeferScope> defers, List<AllocatorInfo> allocators, List<AllocatorCall> calls,
                    long totalCalls, String output, List<MemoryError> errors, MemoryError stoppedOn, int exitCode, Changes changes) {
        this(step, state, stop, position, frames, blocks, regions, defers, allocators, calls, totalCalls, output, errors, stoppedOn, exitCode,
                changes, SourceRun.NONE);
    }

    /** This snapshot with the run on the source added. */
    public Snapshot withSource(SourceRun s) {
        return new Snapshot(step, state, stop, position, frames, blocks, regions, defers, allocators, calls, totalCalls, output, errors,
                stoppedOn, exitCode, changes, s == null ? SourceRun.NONE : s);
    }

    /** Where a run is. */
    public enum RunState { READY, RUNNING, PAUSED, FINISHED }

    /** One activation of a user function. {@code key} is stable while the frame lives. */
    public record StackFrame(String key, String function, SourcePos position, long base, long size, List<Local> locals) {}

    /**
     * A local variable or parameter, or (in {@code parts}) a field, element or pointee of one.
     * {@code pointsTo} is the address a pointer or slice holds (0 for none), {@code pointsLength}
     * the bytes it covers (a slice's, or the pointee's size).
     */
    public record Local(String key, String name, String type, long address, long size, String value, long pointsTo, long pointsLength,
                        boolean parameter, List<Local> parts) {}

    public enum BlockState { LIVE, FREED, LEAKED }

    /**
     * A block handed out by an allocator. {@code requester} is the allocator that asked for it
     * (-1: the program). {@code head} and {@code headStates} are its first bytes and their
     * states (null when its memory is unmapped); {@code typed} a rendering through a pointer
     * that points at it, with the pointer's name, or null. {@code allocStep} and {@code freeStep}
     * are the steps of the statements that allocated and freed it (-1: unknown, or not freed).
     * {@code orphaned}: live, but nothing the program can reach points to it any more (it can
     * never be freed). {@code pointedFrom}: the words that hold an address inside it now. {@code cells}: its
     * contents read as the type the pointers to it give (a node's fields, an array's first elements), else empty.
     */
    public record HeapBlock(String key, long address, long length, long size, long alignment, int allocator, String allocatorName,
                            int requester, BlockState state, List<SourcePos> allocTrace, List<SourcePos> freeTrace, byte[] head,
                            byte[] headStates, String typed, long allocStep, long freeStep, boolean orphaned, List<Pointer> pointedFrom,
                            List<Local> cells) {
        public boolean programRequested() { return requester < 0; }

        public boolean contains(long addr) { return addr >= address && addr - address < Math.max(1, length); }

        public SourcePos allocSite() { return allocTrace.isEmpty() ? null : allocTrace.get(0); }

        public SourcePos freeSite() { return freeTrace.isEmpty() ? null : freeTrace.get(0); }
    }

    /** A word holding an address inside a block: {@code where} in words ("`list` in main", "block 0x... +8"). */
    public record Pointer(long address, long value, String where) {}

    /** A mapped range of memory; {@code runs} are {start, end, ByteState ordinal}. */
    public record MemoryRegion(long start, long length, String region, String label, List<long[]> runs) {}

    /** The pending defers of one scope, in the order they will run (newest first). */
    public record DeferScope(String frameKey, String function, SourcePos opened, List<PendingDefer> defers) {}

    /**
     * A registered {@code defer} or {@code errdefer}: {@code onErrorOnly} for errdefer;
     * {@code firing} while its body runs (then {@code onErrorPath} says whether the scope is
     * being left with an error).
     */
    public record PendingDefer(SourcePos position, String text, boolean onErrorOnly, boolean firing, boolean onErrorPath) {}

    /** One call through an allocator. */
    public record AllocatorCall(long serial, int allocator, String op, long address, long length, long newLength, boolean ok, int requester,
                                SourcePos site) {}

    /** What kind of error a card explains. */
    public enum ErrorKind { DOUBLE_FREE, WRONG_SIZE_FREE, INVALID_FREE, LEAK, USE_AFTER_FREE, SEGFAULT, PANIC, STACK_OVERFLOW }

    /**
     * A memory error or fault, in plain words, with the block it concerns (address 0 when none)
     * and the sites to link: where it happened, where the block was allocated and freed.
     * {@code report} is the id of its kind of report (the session's registry, "double-free",
     * "integer-overflow"...), {@code lesson} the id of the scenario that teaches it (null: none).
     */
    public record MemoryError(ErrorKind kind, String title, String explanation, long address, long size, SourcePos at,
                              SourcePos allocatedAt, SourcePos freedAt, long step, String report, String lesson) {
        public MemoryError(ErrorKind kind, String title, String explanation, long address, long size, SourcePos at, SourcePos allocatedAt,
                           SourcePos freedAt, long step) {
            this(kind, title, explanation, address, size, at, allocatedAt, freedAt, step, null, null);
        }
    }

    /** Keys of the locals, blocks and allocators that differ from the previous snapshot. */
    public record Changes(Set<String> locals, Set<String> blocks, Set<Integer> allocators) {
        public static final Changes NONE = new Changes(Set.of(), Set.of(), Set.of());
    }

    /** Why the run stopped here, in words ("breakpoint", "step", "double free"...), as the window and the scenarios show it. */
    public String reason() { return stop == null ? null : stop.text(); }

    /** Whether {@code addr} is stack memory below the running frame: memory of a frame that has returned. */
    public boolean inReturnedFrame(long addr) {
        long lowest = Long.MAX_VALUE;
        for (StackFrame f : frames) if (f.base() != 0) lowest = Math.min(lowest, f.base());
        for (MemoryRegion r : regions) {
            if ("stack".equals(r.region()) && Long.compareUnsigned(addr - r.start(), r.length()) < 0) return addr < lowest;
        }
        return false;
    }

    /** The innermost frame, or null. */
    public StackFrame top() { return frames.isEmpty() ? null : frames.get(0); }

    /** The blocks the program asked for and has not freed (leaked ones included), as the status bar and the scenarios count them. */
    public List<HeapBlock> liveProgramBlocks() {
        return blocks.stream().filter(b -> b.programRequested() && b.state() != BlockState.FREED).toList();
    }

    /**
     * The block covering {@code addr} that best explains it: one that starts there, else the
     * smallest (a debug allocator's slot rather than the page around it); live before freed.
     */
    public HeapBlock blockAt(long addr) {
        HeapBlock best = null;
        for (HeapBlock b : blocks) {
            if (!b.contains(addr)) continue;
            if (best == null || better(b, best, addr)) best = b;
        }
        return best;
    }

    private static boolean better(HeapBlock a, HeapBlock b, long addr) {
        boolean aStarts = a.address() == addr, bStarts = b.address() == addr;
        if (aStarts != bStarts) return aStarts;
        if (a.length() != b.length()) return a.length() < b.length();
        return rank(a) > rank(b);
    }

    private static int rank(HeapBlock b) {
        return (b.state() == BlockState.FREED ? 0 : 2) + (b.programRequested() ? 1 : 0);
    }
}
