package org.heaplab.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heaplab.memory.AddressSpace;
import org.heaplab.runtime.AllocatorChain;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.runtime.Frame;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Vm;

/**
 * Which of the program's live blocks can still be reached, found the way a conservative
 * garbage collector finds them: every aligned word of the globals, of the user's locals in
 * scope (in memory or registers) and of the std's frames is a possible pointer; a block any such word points into is
 * reachable, and so is every block a word of a reachable block points into. A block an
 * allocator hands out one by one (debug, page and C allocators) that nothing reaches is
 * <em>orphaned</em>: the program can never free it, so it will leak. Blocks of arenas, fixed
 * buffers and pools are not judged: their owner frees them all at once.
 *
 * <p>Also records, for every block, the words that point into it ("who points here").
 */
public final class Reachability {
    /** Kinds of allocator whose blocks must be freed one by one. */
    private static final Set<String> JUDGED = Set.of("DebugAllocator", "GeneralPurposeAllocator", "PageAllocator", "CAllocator");
    /** Words scanned at most; a bigger heap is not judged (nothing is called orphaned). */
    static final long MAX_WORDS = 8L << 20;
    static final int MAX_REFERRERS = 8;

    /** A word that holds an address inside a block: on the stack, in a global, in a register or in another block. */
    public record Referrer(long address, long value, String where) {}

    /**
     * @param orphaned  addresses of judged blocks nothing reaches
     * @param referrers for each block address, the words that point into it (at most {@value #MAX_REFERRERS})
     * @param complete  false when the heap was too big to scan (then nothing is orphaned)
     */
    public record Result(Set<Long> orphaned, Map<Long, List<Referrer>> referrers, boolean complete) {
        public static final Result NONE = new Result(Set.of(), Map.of(), false);
    }

    private final AddressSpace mem;
    private final long[] starts;
    private final long[] lengths;
    private final boolean[] judged;
    private final boolean[] reached;
    private final List<List<Referrer>> refs;
    private final int[] queue;
    private int queued;
    private long words;

    private Reachability(Machine m, List<AllocatorChain.LiveBlock> blocks, Map<Integer, String> kinds) {
        this.mem = m.memory();
        int n = blocks.size();
        starts = new long[n];
        lengths = new long[n];
        judged = new boolean[n];
        reached = new boolean[n];
        queue = new int[n];
        refs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            AllocatorChain.LiveBlock b = blocks.get(i);
            starts[i] = b.address();
            lengths[i] = b.length();
            judged[i] = JUDGED.contains(kinds.getOrDefault(b.allocator(), "?"));
            refs.add(null);
        }
    }

    /** Scans the machine as it is (paused at a statement of {@code top}'s function, or ended). */
    public static Result scan(Machine m, Frame top) {
        Map<Integer, String> kinds = new HashMap<>();
        for (var d : m.allocators().describe()) kinds.put(d.id(), d.kind());
        return scan(m, top, kinds);
    }

    /** As {@link #scan(Machine, Frame)}, with each allocator's kind by its number already known (a snapshot has described them). */
    static Result scan(Machine m, Frame top, Map<Integer, String> kinds) {
        List<AllocatorChain.LiveBlock> blocks = new ArrayList<>();
        for (AllocatorChain.LiveBlock b : m.allocators().liveBlocks()) if (b.requester() < 0) blocks.add(b);
        blocks.sort(java.util.Comparator.comparingLong(AllocatorChain.LiveBlock::address));
        var r = new Reachability(m, blocks, kinds);
        return r.run(m, top);
    }

    private Result run(Machine m, Frame top) {
        // roots: the globals, and each frame: of the user's frames the locals in scope (their
        // memory and registers), of the std's frames everything (their temporaries are unknown)
        for (AddressSpace.Mapping g : mem.mappings()) {
            if (g.region == AddressSpace.Region.GLOBALS) scanRange(g.start, g.end(), "global");
        }
        for (Frame f = top; f != null; f = f.caller()) frame(f, f == top);
        while (queued > 0) {
            int i = queue[--queued];
            if (words > MAX_WORDS) return new Result(Set.of(), referrers(), false);
            scanRange(starts[i], starts[i] + lengths[i], null);
        }
        Set<Long> orphaned = new java.util.HashSet<>();
        for (int i = 0; i < starts.length; i++) if (judged[i] && !reached[i]) orphaned.add(starts[i]);
        return new Result(Set.copyOf(orphaned), referrers(), true);
    }

    private Map<Long, List<Referrer>> referrers() {
        Map<Long, List<Referrer>> out = new HashMap<>();
        for (int i = 0; i < starts.length; i++) if (refs.get(i) != null) out.put(starts[i], List.copyOf(refs.get(i)));
        return out;
    }

    /**
     * A frame's roots. A user frame's locals in scope are exact; its other memory holds
     * temporaries of statements already done (a struct returned by value before it was copied
     * into its variable), which would keep blocks alive that the program can no longer reach.
     * A caller's registers all count (its call is mid-expression); so does all of a std frame.
     */
    private void frame(Frame f, boolean innermost) {
        FnCode fn = f.function();
        int si = fn.isLibrary() ? -1 : fn.statementContaining(f.position());
        if (si < 0) {
            scanRange(f.base(), f.base() + fn.frameSize(), "stack");
            registers(f, fn);
            return;
        }
        for (int li : fn.statements().get(si).visible()) {
            FnCode.LocalSlot slot = fn.locals().get(li);
            if (slot.inRegister()) {
                word(-1, f.register(slot.register()), "`" + slot.local().name + "` in " + fn.name());
            } else {
                long a = f.base() + slot.frameOffset();
                scanRange(a, a + org.heaplab.lang.types.Layout.sizeOf(slot.local().type), "stack");
            }
        }
        if (!innermost) registers(f, fn);
    }

    private void registers(Frame f, FnCode fn) {
        int n = Vm.registerCount(f);
        for (int r = 0; r < n; r++) word(-1, f.register(r), "a register of " + fn.name());
    }

    private void scanRange(long from, long to, String where) {
        long a = (from + 7) & ~7L;
        while (a + 8 <= to) {
            int chunk = (int) Math.min(to - a, 64 * 1024) & ~7;
            if (chunk == 0) break;
            byte[] bytes = mem.peek(a, chunk);
            if (bytes == null) {
                a = (a | AddressSpace.PAGE_MASK) + 1;
                continue;
            }
            words += chunk / 8;
            for (int i = 0; i + 8 <= chunk; i += 8) {
                long v = (bytes[i] & 0xFFL) | (bytes[i + 1] & 0xFFL) << 8 | (bytes[i + 2] & 0xFFL) << 16 | (bytes[i + 3] & 0xFFL) << 24
                        | (bytes[i + 4] & 0xFFL) << 32 | (bytes[i + 5] & 0xFFL) << 40 | (bytes[i + 6] & 0xFFL) << 48 | (bytes[i + 7] & 0xFFL) << 56;
                if (v != 0) word(a + i, v, where);
            }
            a += chunk;
        }
    }

    private void word(long at, long v, String where) {
        int i = Arrays.binarySearch(starts, v);
        if (i < 0) i = -i - 2;
        if (i < 0 || v - starts[i] >= Math.max(1, lengths[i])) return;
        // a block pointing into itself does not keep itself alive
        if (at >= starts[i] && at - starts[i] < lengths[i]) return;
        List<Referrer> list = refs.get(i);
        if (list == null) refs.set(i, list = new ArrayList<>(2));
        if (list.size() < MAX_REFERRERS) list.add(new Referrer(at, v, where != null ? where : blockName(at)));
        if (!reached[i]) {
            reached[i] = true;
            queue[queued++] = i;
        }
    }

    private String blockName(long at) {
        int i = Arrays.binarySearch(starts, at);
        if (i < 0) i = -i - 2;
        if (i < 0) return "heap";
        return "block 0x" + Long.toHexString(starts[i]) + " +" + (at - starts[i]);
    }

    /** Whether the block at {@code address} is reachable now (it must be live). */
    public static boolean reachable(Machine m, Frame top, long address) {
        Result r = scan(m, top);
        return !r.complete() || !r.orphaned().contains(address);
    }
}
