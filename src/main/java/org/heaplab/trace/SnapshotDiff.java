package org.heaplab.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heaplab.trace.Snapshot.BlockState;
import org.heaplab.trace.Snapshot.HeapBlock;
import org.heaplab.trace.Snapshot.Local;

/**
 * What happened between two moments of a run, from the snapshots taken there: the blocks the
 * program allocated, freed, resized or moved (a block freed by the line that had just allocated
 * its successor: realloc, a list growing); the bytes written in each block; the pointers (locals, their fields
 * and elements) that now point elsewhere; the leaks born (blocks nothing points to any more);
 * and each allocator's counters before and after.
 *
 * <p>Blocks are matched by their keys (allocator and address; a freed block's key has its free
 * step); a block's bytes are compared over its first {@link SnapshotBuilder#HEAD_BYTES} bytes, the
 * part a snapshot holds. A snapshot keeps the last {@code MAX_FREED_SHOWN} freed blocks, so a
 * range that frees more than that lists the older of them as freed without their line.
 */
public record SnapshotDiff(long from, long to, List<Change> changes, List<AllocatorDelta> allocators) {

    /** What a change is. */
    public enum Kind { ALLOCATED, FREED, RESIZED, MOVED, WRITTEN, RETARGETED, LEAK_BORN }

    /**
     * One change. {@code address}/{@code length}: the block (for MOVED the old one, with the new
     * in {@code newAddress}/{@code newLength}; for RESIZED the new length in {@code newLength});
     * for WRITTEN {@code newLength} is the bytes written; for RETARGETED {@code what} names the
     * pointer ("`list.items` in main") and the addresses are the old and new targets. {@code step}
     * is the step of the allocation or free (-1: not known, or not one step).
     */
    public record Change(Kind kind, long step, long address, long length, long newAddress, long newLength, String what, SourcePos site) {
        /** One line, as {@code heaplab replay --diff} prints it: {@code allocated 0x7f... 16 bytes (main.zig:17)}. */
        public String text() {
            String at = site == null ? "" : " (" + site.shortText() + ")";
            return switch (kind) {
                case ALLOCATED -> "allocated " + hex(address) + " " + bytes(length) + at;
                case FREED -> "freed " + hex(address) + " " + bytes(length) + at;
                case RESIZED -> "resized " + hex(address) + " from " + length + " to " + bytes(newLength) + at;
                case MOVED -> "moved " + hex(address) + " " + bytes(length) + " to " + hex(newAddress) + " " + bytes(newLength) + at;
                case WRITTEN -> "wrote " + bytes(newLength) + " in " + hex(address) + (length > SnapshotBuilder.HEAD_BYTES
                        ? " (in its first " + SnapshotBuilder.HEAD_BYTES + " bytes)" : "");
                case RETARGETED -> "pointer " + what + " now points to " + target(newAddress) + " (was " + target(address) + ")";
                case LEAK_BORN -> "leak born: " + hex(address) + " " + bytes(length) + at + ": nothing points to it any more";
            };
        }
    }

    /** An allocator's counters at the first moment and at the second. */
    public record AllocatorDelta(int id, String kind, AllocatorInfo before, AllocatorInfo after) {
        /** "allocator #1 DebugAllocator: live blocks 0 -> 3, live bytes 0 -> 48, allocations 0 -> 5, frees 0 -> 2". */
        public String text() {
            var parts = new ArrayList<String>();
            add(parts, "live blocks", before == null ? 0 : before.liveBlocks(), after == null ? 0 : after.liveBlocks());
            add(parts, "live bytes", before == null ? 0 : before.liveBytes(), after == null ? 0 : after.liveBytes());
            add(parts, "allocations", before == null ? 0 : before.allocations(), after == null ? 0 : after.allocations());
            add(parts, "frees", before == null ? 0 : before.frees(), after == null ? 0 : after.frees());
            add(parts, "peak bytes", before == null ? 0 : before.peakBytes(), after == null ? 0 : after.peakBytes());
            add(parts, "refused allocations", before == null ? 0 : before.refusedAllocations(), after == null ? 0 : after.refusedAllocations());
            return "allocator #" + id + " " + kind + ": " + String.join(", ", parts);
        }

        public boolean changed() {
            return before == null || after == null || before.liveBlocks() != after.liveBlocks() || before.liveBytes() != after.liveBytes()
                    || before.allocations() != after.allocations() || before.frees() != after.frees()
                    || before.refusedAllocations() != after.refusedAllocations();
        }

        private static void add(List<String> parts, String name, long a, long b) {
            parts.add(name + " " + a + (a == b ? "" : " -> " + b));
        }
    }

    /** The lines {@code heaplab replay --diff} prints: a header, a line per change, then the allocators whose counters changed. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("between step " + from + " and step " + to + ": " + (changes.isEmpty() ? "no change to the heap" : summary()));
        for (Change c : changes) out.add(c.text());
        for (AllocatorDelta a : allocators) if (a.changed()) out.add(a.text());
        return out;
    }

    /** "3 allocated, 2 freed, 1 moved, 4 written". */
    public String summary() {
        Map<Kind, Integer> n = new LinkedHashMap<>();
        for (Change c : changes) n.merge(c.kind(), 1, Integer::sum);
        var parts = new ArrayList<String>();
        n.forEach((k, v) -> parts.add(v + " " + switch (k) {
            case ALLOCATED -> "allocated";
            case FREED -> "freed";
            case RESIZED -> "resized";
            case MOVED -> "moved";
            case WRITTEN -> "written";
            case RETARGETED -> v == 1 ? "pointer retargeted" : "pointers retargeted";
            case LEAK_BORN -> v == 1 ? "leak born" : "leaks born";
        }));
        return String.join(", ", parts);
    }

    public long count(Kind k) { return changes.stream().filter(c -> c.kind() == k).count(); }

    /** The difference from {@code a} to {@code b} (b later than a; if not, they are swapped). */
    public static SnapshotDiff between(Snapshot a, Snapshot b) {
        if (a.step() > b.step()) {
            Snapshot t = a;
            a = b;
            b = t;
        }
        long lo = a.step();
        long hi = b.step();
        List<Change> changes = new ArrayList<>();
        Map<String, HeapBlock> before = new HashMap<>();
        for (HeapBlock x : a.blocks()) before.put(x.key(), x);
        Map<String, HeapBlock> after = new HashMap<>();
        for (HeapBlock x : b.blocks()) after.put(x.key(), x);

        // allocated and freed within the range, by the program (an allocator's own blocks are its business)
        List<HeapBlock> allocated = new ArrayList<>();
        List<HeapBlock> freed = new ArrayList<>();
        for (HeapBlock x : b.blocks()) {
            if (!x.programRequested()) continue;
            if (x.allocStep() > lo && x.allocStep() <= hi && !before.containsKey(liveKey(x))) allocated.add(x);
            if (x.state() == BlockState.FREED && x.freeStep() > lo && x.freeStep() <= hi) freed.add(x);
        }
        Set<Long> freedAddresses = new HashSet<>();
        for (HeapBlock x : freed) freedAddresses.add(x.address());
        for (HeapBlock x : a.blocks()) {
            // live before, gone after, and not among the freed blocks the later snapshot still shows
            if (x.programRequested() && x.state() != BlockState.FREED && !after.containsKey(x.key()) && !freedAddresses.contains(x.address())) {
                freed.add(new HeapBlock(x.key(), x.address(), x.length(), x.size(), x.alignment(), x.allocator(), x.allocatorName(), x.requester(),
                        BlockState.FREED, x.allocTrace(), List.of(), null, null, null, x.allocStep(), -1, false, List.of(), List.of()));
            }
        }
        // a block freed by the user's statement that allocated its successor moved (realloc, a list
        // growing): the new block is the last one that statement allocated before the free
        Set<HeapBlock> movedTo = new HashSet<>();
        Set<HeapBlock> movedFrom = new HashSet<>();
        for (HeapBlock f : freed) {
            if (f.freeStep() < 0 || f.freeSite() == null) continue;
            HeapBlock best = null;
            for (HeapBlock n : allocated) {
                if (movedTo.contains(n) || n == f || n.allocator() != f.allocator() || !f.freeSite().equals(n.allocSite())) continue;
                if (n.allocStep() > f.freeStep() || n.allocStep() <= f.allocStep()) continue;
                if (best == null || n.allocStep() > best.allocStep()) best = n;
            }
            if (best == null) continue;
            changes.add(new Change(Kind.MOVED, f.freeStep(), f.address(), f.length(), best.address(), best.length(), null, best.allocSite()));
            movedTo.add(best);
            movedFrom.add(f);
        }
        for (HeapBlock n : allocated) {
            if (!movedTo.contains(n)) changes.add(new Change(Kind.ALLOCATED, n.allocStep(), n.address(), n.length(), 0, 0, null, n.allocSite()));
        }
        for (HeapBlock f : freed) {
            if (!movedFrom.contains(f)) changes.add(new Change(Kind.FREED, f.freeStep(), f.address(), f.length(), 0, 0, null, f.freeSite()));
        }
        // in the order they happened (a free whose step is not known last)
        changes.sort(java.util.Comparator.comparingLong(c -> c.step() < 0 ? Long.MAX_VALUE : c.step()));

        // resized in place: the same live block, another length
        for (HeapBlock x : b.blocks()) {
            if (!x.programRequested() || x.state() == BlockState.FREED) continue;
            HeapBlock old = before.get(x.key());
            if (old != null && old.state() != BlockState.FREED && old.length() != x.length()) {
                changes.add(new Change(Kind.RESIZED, -1, x.address(), old.length(), x.address(), x.length(), null, null));
            }
        }
        // bytes written: the program's live blocks, their bytes then and now
        for (HeapBlock x : b.blocks()) {
            if (!x.programRequested() || x.state() == BlockState.FREED || x.head() == null) continue;
            HeapBlock old = before.get(x.key());
            long n = written(old == null || old.state() == BlockState.FREED ? null : old, x);
            if (n > 0) changes.add(new Change(Kind.WRITTEN, -1, x.address(), x.length(), 0, n, null, null));
        }
        // pointers that point elsewhere
        Map<String, Local> then = new LinkedHashMap<>();
        for (Snapshot.StackFrame f : a.frames()) for (Local l : f.locals()) pointers(f.function(), l, then, 0);
        Map<String, Local> now = new LinkedHashMap<>();
        for (Snapshot.StackFrame f : b.frames()) for (Local l : f.locals()) pointers(f.function(), l, now, 0);
        now.forEach((key, l) -> {
            Local old = then.get(key);
            if (old != null && old.pointsTo() != l.pointsTo()) {
                changes.add(new Change(Kind.RETARGETED, -1, old.pointsTo(), old.pointsLength(), l.pointsTo(), l.pointsLength(), name(key, l), null));
            }
        });
        // leaks born: blocks that lost their last pointer (or were reported leaked) within the range
        for (HeapBlock x : b.blocks()) {
            if (!x.programRequested() || x.state() == BlockState.FREED) continue;
            boolean lostNow = x.orphaned() || x.state() == BlockState.LEAKED;
            HeapBlock old = before.get(x.key());
            boolean lostBefore = old != null && (old.orphaned() || old.state() == BlockState.LEAKED);
            if (lostNow && !lostBefore) changes.add(new Change(Kind.LEAK_BORN, -1, x.address(), x.length(), 0, 0, null, x.allocSite()));
        }

        Map<Integer, AllocatorDelta> deltas = new LinkedHashMap<>();
        for (AllocatorInfo i : a.allocators()) deltas.put(i.id(), new AllocatorDelta(i.id(), i.kind(), i, null));
        for (AllocatorInfo i : b.allocators()) {
            AllocatorDelta d = deltas.get(i.id());
            deltas.put(i.id(), new AllocatorDelta(i.id(), i.kind(), d == null ? null : d.before(), i));
        }
        return new SnapshotDiff(lo, hi, List.copyOf(changes), List.copyOf(deltas.values()));
    }

    /** The key a block had while it was live (a freed block's key adds its free step). */
    private static String liveKey(HeapBlock x) {
        int cut = x.key().indexOf("/freed@");
        return cut < 0 ? x.key() : x.key().substring(0, cut);
    }

    /** Bytes of {@code now} whose value or state differs from {@code then} (a new block: the bytes it has written). */
    private static long written(HeapBlock then, HeapBlock now) {
        byte[] h = now.head();
        byte[] s = now.headStates();
        long n = 0;
        for (int i = 0; i < h.length; i++) {
            boolean defined = s != null && ByteKind.of(s[i]) == ByteKind.DEFINED;
            if (then == null || then.head() == null || i >= then.head().length) {
                if (defined) n++;
            } else if (defined && (then.head()[i] != h[i] || then.headStates() == null || then.headStates()[i] != s[i])) {
                n++;
            }
        }
        return n;
    }

    /** The pointers and slices among a local and its fields and elements, by key. */
    private static void pointers(String function, Local l, Map<String, Local> out, int depth) {
        if (l.pointsTo() != 0 || l.pointsLength() != 0) out.put(l.key() + "|" + function, l);
        if (depth < 3) for (Local p : l.parts()) pointers(function, p, out, depth + 1);
    }

    /** "`list.items` in main" for a key "0:main/list.items" (its path after the frame's part). */
    private static String name(String key, Local l) {
        String k = key.substring(0, key.indexOf('|'));
        String function = key.substring(key.indexOf('|') + 1);
        int slash = k.indexOf('/');
        String path = slash < 0 ? l.name() : k.substring(slash + 1);
        return "`" + path + "` in " + function;
    }

    private static String hex(long a) { return "0x" + Long.toHexString(a); }

    private static String target(long a) { return a == 0 ? "nothing" : hex(a); }

    private static String bytes(long n) { return n + (n == 1 ? " byte" : " bytes"); }
}
