package org.heaplab.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.heaplab.alloc.AllocatorDescription;
import org.heaplab.alloc.AllocatorDescription.Detail;
import org.heaplab.alloc.DebugAllocator;
import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.ir.Ir;
import org.heaplab.memory.AddressSpace;
import org.heaplab.memory.ByteState;
import org.heaplab.runtime.code.FnCode;

/**
 * Every allocator the program has called through an {@code Allocator} value, seen from the
 * calls: Zig's {@code rawAlloc}, {@code rawResize}, {@code rawRemap} and {@code rawFree} (and
 * the debug allocator's calls to its backing allocator) report each call's start and result.
 * An allocator called while another one's call is running is that one's parent. From this
 * the chain knows each allocator's live blocks, bytes and peak, whoever wrote it; its
 * internals are read from its state in memory for the kinds Heap Lab's std defines.
 */
public final class AllocatorChain {
    /** One allocator: its state's address and vtable identify it. */
    static final class Instance {
        final long ptr;
        final Ir.Function allocFn;
        /** Its type's own name (see {@link AllocatorChain#kindOf}), "?" when its vtable is unreadable. */
        final String kind;
        Instance parent;
        /** Live blocks: address to {length, requester} where the requester is the allocator that asked, or null. */
        final TreeMap<Long, Object[]> live = new TreeMap<>();
        long liveBytes;
        long peak;
        long allocations;
        long frees;
        long refusedAllocations;
        long refusedResizes;
        int id;
        /** Bytes of blocks live in the parent that this allocator asked for. */
        long reserved;
        boolean deinitialized;

        Instance(long ptr, Ir.Function allocFn) {
            this.ptr = ptr;
            this.allocFn = allocFn;
            this.kind = kindOf(typeName(this));
        }

        /** A copy without its links (parent, requesters), which {@link #copyLinks} fills in. */
        Instance copy() {
            var c = new Instance(ptr, allocFn);
            c.liveBytes = liveBytes;
            c.peak = peak;
            c.allocations = allocations;
            c.frees = frees;
            c.refusedAllocations = refusedAllocations;
            c.refusedResizes = refusedResizes;
            c.id = id;
            c.reserved = reserved;
            c.deinitialized = deinitialized;
            return c;
        }

        void copyLinks(Instance from, Map<Instance, Instance> map) {
            parent = from.parent == null ? null : map.get(from.parent);
            for (var e : from.live.entrySet()) {
                Object[] b = e.getValue().clone();
                if (b[1] instanceof Instance by) b[1] = map.get(by);
                live.put(e.getKey(), b);
            }
        }
    }

    private record Key(long ptr, long vtable) {}

    private final Map<Key, Instance> instances = new LinkedHashMap<>();
    private final ArrayDeque<Instance> active = new ArrayDeque<>();
    private final Machine machine;

    AllocatorChain(Machine machine) { this.machine = machine; }

    /** The allocator ({@code ptr}, {@code vtable}), met now for the first time or not. */
    private Instance instance(long ptr, long vtable) {
        Key k = new Key(ptr, vtable);
        Instance i = instances.get(k);
        if (i == null) {
            i = new Instance(ptr, functionOfVtable(vtable));
            i.id = instances.size() + pools.size();
            instances.put(k, i);
        }
        return i;
    }

    private Ir.Function functionOfVtable(long vtable) {
        try {
            FnCode code = machine.image.functionAt(machine.mem.load(vtable, 8));
            return code != null ? code.function() : null;
        } catch (RuntimeException e) {
            return null; // a vtable the program broke: the call itself will fault
        }
    }

    /** The kind of allocator whose vtable is at {@code vtable} (PageAllocator, ArenaAllocator...). */
    String kindOfVtable(long vtable) {
        Ir.Function f = functionOfVtable(vtable);
        return f == null ? "?" : kindOf(typeName(f));
    }

    /** A call into the allocator ({@code ptr}, {@code vtable}) starts; {@code op} 0 alloc, 1 resize, 2 remap, 3 free. Returns whether the lab makes it fail. */
    boolean enter(long ptr, long vtable, int op, long length) {
        Instance i = instance(ptr, vtable);
        if (expectSubstitute) {
            expectSubstitute = false;
            faults.substitute = i;
        }
        return enter(i, op, length);
    }

    private boolean enter(Instance i, int op, long length) {
        faults.consider(i, this);
        Instance caller = active.peek();
        if (caller != null && caller != i && caller.parent == null && i.parent != caller) caller.parent = i;
        active.push(i);
        if (!faults.plan.active()) return false;
        boolean fail = faults.request(i, op, machine.vm().userSite(), machine.vm().steps(), length);
        if (fail) injected++;
        return fail;
    }

    /**
     * A free meant for the allocator ({@code ptr}, {@code vtable}) starts: it enters the allocator
     * the free goes to, and says whether that is the stand-in (the root allocator is replaced).
     * The stand-in is known by then: it made the block being freed.
     */
    boolean enterFree(long ptr, long vtable) {
        boolean replaced = replaces(ptr, vtable);
        expectSubstitute = false;
        if (replaced && faults.substitute != null) {
            enter(faults.substitute, 3, 0);
            return true;
        }
        enter(instance(ptr, vtable), 3, 0);
        return replaced;
    }

    /** A call into the allocator ({@code ptr}, {@code vtable}) starts (an allocation, as far as a fault plan is concerned). */
    void enter(long ptr, long vtable) {
        enter(ptr, vtable, 3, 0);
    }

    /**
     * Whether a call meant for the allocator ({@code ptr}, {@code vtable}) goes to the plan's
     * substitute instead (it is the program's root allocator, and the plan replaces it); the
     * next call entered is then the substitute's.
     */
    boolean replaces(long ptr, long vtable) {
        if (faults.plan.substitute() == FaultPlan.Substitute.NONE) return false;
        Instance i = instance(ptr, vtable);
        faults.consider(i, this);
        boolean r = faults.replaces(i);
        if (r) expectSubstitute = true;
        return r;
    }

    private boolean expectSubstitute;
    private final FaultInjector faults = new FaultInjector();
    /** Requests the plan made fail. */
    private long injected;
    /** Live bytes the program itself asked for (not an allocator for its own use), and their peak. */
    private long programLive, programPeak;
    /** Bytes of pages mapped by the page allocator, and their peak. */
    private long osLive, osPeak;

    /** Sets what the lab does to the allocators (before the run starts). */
    void plan(FaultPlan p) { faults.plan = p == null ? FaultPlan.NONE : p; }

    FaultPlan plan() { return faults.plan; }

    /** The allocation requests that reached the plan's target allocator, in order. */
    public List<FaultPlan.Request> targetRequests() { return List.copyOf(faults.requests); }

    /** How many requests the plan made fail so far. */
    public long injectedFailures() { return injected; }

    /** The chain number of the program's root allocator, or -1 when it made no allocation. */
    public int rootId() { return faults.root == null ? -1 : faults.root.id; }

    Instance substituteInstance() { return faults.substitute; }

    /** The chain number of the allocator standing in for the root, or -1. */
    public int substituteId() { return faults.substitute == null ? -1 : faults.substitute.id; }

    /** The chain number of the allocator the plan fails, or -1. */
    public int targetId() { return faults.target == null ? -1 : faults.target.id; }

    /** The most bytes the program had live at once (what it asked for, not what the allocators took). */
    public long programPeakBytes() { return programPeak; }

    /** The most bytes of pages the page allocator had mapped at once. */
    public long osPeakBytes() { return osPeak; }

    private void liveChange(Instance i, Instance by, long delta) {
        if (by == null) {
            programLive += delta;
            programPeak = Math.max(programPeak, programLive);
        }
    }

    private void osChange(Instance i, long oldLen, long newLen) {
        if (!i.kind.equals("PageAllocator")) return;
        osLive += Layout.alignForward(newLen, 4096) - Layout.alignForward(oldLen, 4096);
        osPeak = Math.max(osPeak, osLive);
    }

    /** The call into the allocator that entered last ends with {@code result} (0 when it refused). */
    void allocated(long result, long len, int alignLog2) {
        Instance i = active.pop();
        if (result == 0) {
            i.refusedAllocations++;
            call(i, Call.Op.ALLOC, 0, len, len, false, active.peek(), machine.vm().userSite());
            return;
        }
        Instance by = active.peek(); // the allocator that asked, if any
        long site = machine.vm().userSite();
        i.live.put(result, new Object[] {len, by, site, 1L << alignLog2, machine.vm().steps()});
        call(i, Call.Op.ALLOC, result, len, len, true, by, site);
        if (by != null) by.reserved += len;
        i.allocations++;
        i.liveBytes += len;
        i.peak = Math.max(i.peak, i.liveBytes);
        liveChange(i, by, len);
        osChange(i, 0, len);
    }

    void resized(boolean ok, long addr, long newLen) {
        remapped(ok ? addr : 0, addr, newLen);
    }

    /** A remap (or, with {@code result == addr}, a resize in place) ends; 0 when it refused. */
    void remapped(long result, long addr, long newLen) {
        Instance i = active.pop();
        Call.Op op = result == addr || result == 0 ? Call.Op.RESIZE : Call.Op.REMAP;
        if (result == 0) {
            i.refusedResizes++;
            Object[] b = i.live.get(addr);
            call(i, op, addr, b == null ? 0 : (long) b[0], newLen, false, active.peek(), machine.vm().userSite());
            return;
        }
        Object[] b = i.live.remove(addr);
        if (b == null) return; // not one of its blocks: its own checks report that
        long old = (long) b[0];
        call(i, op, result, old, newLen, true, active.peek(), machine.vm().userSite());
        Instance by = (Instance) b[1];
        if (by != null) by.reserved += newLen - old;
        i.live.put(result, new Object[] {newLen, by, b[2], b[3], b[4]});
        i.liveBytes += newLen - old;
        i.peak = Math.max(i.peak, i.liveBytes);
        liveChange(i, by, newLen - old);
        osChange(i, old, newLen);
    }

    void freed(long addr) {
        Instance i = active.pop();
        Object[] b = i.live.remove(addr);
        if (b == null) return;
        i.frees++;
        long len = (long) b[0];
        call(i, Call.Op.FREE, addr, len, 0, true, active.peek(), machine.vm().userSite());
        i.liveBytes -= len;
        liveChange(i, b[1] instanceof Instance r ? r : null, -len);
        osChange(i, len, 0);
        if (b[1] instanceof Instance by) {
            by.reserved -= len;
            // what `by` handed out from this block is gone with it (an arena's deinit); not while
            // `by` is inside one of its own calls (a debug allocator giving back an empty page)
            if (active.contains(by)) return;
            var inside = by.live.subMap(addr, addr + Math.max(1, len));
            for (var gone : inside.entrySet()) {
                long n = (long) gone.getValue()[0];
                by.liveBytes -= n;
                liveChange(by, gone.getValue()[1] instanceof Instance r ? r : null, -n);
                // released with the buffer, not freed one by one: listeners see a free, numbered apart from the calls
                if (listener != null && gone.getValue()[1] == null) {
                    listener.accept(new Call(-(++released), by.id, Call.Op.FREE, gone.getKey(), n, 0, true, -1, machine.vm().userSite(),
                            machine.vm().steps()));
                }
            }
            inside.clear();
        }
    }

    /**
     * One call that passed through an allocator: {@code serial} counts every call of the run;
     * {@code requester} is the allocator that made it (-1: the program); {@code site} the
     * innermost user-code position at the time; {@code step} the statements run. A block released
     * with its owner's buffer (an arena's deinit) reaches listeners as a FREE with a negative serial.
     */
    public record Call(long serial, int allocator, Op op, long address, long length, long newLength, boolean ok, int requester, long site,
                       long step) {
        public enum Op { ALLOC, RESIZE, REMAP, FREE }
    }

    /** How many recent calls are kept for the panes. */
    public static final int RECENT_CALLS = 64;
    private final ArrayDeque<Call> recent = new ArrayDeque<>();
    private long calls;
    /** Blocks released with their owner's buffer (an arena's deinit), for listeners' serials. */
    private long released;

    private void call(Instance i, Call.Op op, long addr, long len, long newLen, boolean ok, Instance by, long site) {
        if (recent.size() == RECENT_CALLS) recent.removeFirst();
        Call c = new Call(calls++, i.id, op, addr, len, newLen, ok, by == null ? -1 : by.id, site, machine.vm().steps());
        recent.addLast(c);
        if (listener != null) listener.accept(c);
    }

    private java.util.function.Consumer<Call> listener;

    /** Told of every call as it ends, on the interpreter thread (the lab's timeline and event breakpoints). */
    public void setListener(java.util.function.Consumer<Call> l) { this.listener = l; }

    // ------------------------------------------------------------------ checkpoints

    /** What the chain knows at one moment, for a checkpoint. */
    static final class State {
        private final List<Key> keys = new ArrayList<>();
        private final List<Instance> instances = new ArrayList<>();
        private final List<Instance> active = new ArrayList<>();
        private final List<Call> recent;
        private final long calls, released;
        private final List<Pool> pools;
        private long blocks;
        private final FaultInjector.State faults;
        private final long injected, programLive, programPeak, osLive, osPeak;
        private final boolean expectSubstitute;

        private State(AllocatorChain c) {
            Map<Instance, Instance> map = copyInstances(c.instances, keys, instances);
            FaultInjector.State f = c.faults.save();
            faults = new FaultInjector.State(map.get(f.root()), map.get(f.substitute()), map.get(f.target()), f.allocs(), f.resizes(), f.requests());
            injected = c.injected;
            programLive = c.programLive;
            programPeak = c.programPeak;
            osLive = c.osLive;
            osPeak = c.osPeak;
            expectSubstitute = c.expectSubstitute;
            for (Instance i : c.active) active.add(map.get(i));
            recent = List.copyOf(c.recent);
            calls = c.calls;
            released = c.released;
            pools = List.copyOf(c.pools.values());
            for (Instance i : instances) blocks += i.live.size();
        }

        long bytes() { return 256L + instances.size() * 160L + blocks * 120L + recent.size() * 80L; }
    }

    private static Map<Instance, Instance> copyInstances(Map<Key, Instance> from, List<Key> keysOut, List<Instance> out) {
        Map<Instance, Instance> map = new java.util.IdentityHashMap<>();
        for (var e : from.entrySet()) {
            Instance c = e.getValue().copy();
            map.put(e.getValue(), c);
            keysOut.add(e.getKey());
            out.add(c);
        }
        for (Instance i : from.values()) map.get(i).copyLinks(i, map);
        return map;
    }

    State save() { return new State(this); }

    void restore(State s) {
        Map<Key, Instance> saved = new LinkedHashMap<>();
        for (int k = 0; k < s.keys.size(); k++) saved.put(s.keys.get(k), s.instances.get(k));
        instances.clear();
        List<Key> keys = new ArrayList<>();
        List<Instance> copies = new ArrayList<>();
        Map<Instance, Instance> map = copyInstances(saved, keys, copies);
        for (int k = 0; k < keys.size(); k++) instances.put(keys.get(k), copies.get(k));
        faults.restore(s.faults, map::get);
        injected = s.injected;
        programLive = s.programLive;
        programPeak = s.programPeak;
        osLive = s.osLive;
        osPeak = s.osPeak;
        expectSubstitute = s.expectSubstitute;
        active.clear();
        // the State lists the stack top first, as the deque iterates
        for (int k = s.active.size() - 1; k >= 0; k--) active.push(map.get(s.active.get(k)));
        recent.clear();
        recent.addAll(s.recent);
        calls = s.calls;
        released = s.released;
        pools.clear();
        for (Pool p : s.pools) pools.put(p.ptr(), p);
    }

    /** The most recent calls through any allocator, oldest first. */
    public List<Call> recentCalls() { return List.copyOf(recent); }

    /** How many calls passed through the allocators so far. */
    public long callCount() { return calls; }

    /** A {@code MemoryPool} (not an allocator itself: it hands out items from its arena). */
    private record Pool(int id, long ptr, StructType type) {}

    private final Map<Long, Pool> pools = new LinkedHashMap<>();

    void pool(long ptr, StructType type) {
        if (!pools.containsKey(ptr)) pools.put(ptr, new Pool(instances.size() + pools.size(), ptr, type));
    }

    /** The allocator at {@code ptr} gave everything back and its state is gone ({@code gpa.deinit()}). */
    void deinitialized(long ptr) {
        for (Instance i : instances.values()) if (i.ptr == ptr) i.deinitialized = true;
    }

    /** Every allocator (and memory pool) seen, in the order of first use. */
    /** A block an allocator has handed out and not taken back. {@code requester} is the allocator that asked, or -1 for the program. */
    public record LiveBlock(int allocator, long address, long length, long alignment, int requester, long site, long step) {}

    /** Every allocator's live blocks, allocators in id order, blocks by address. */
    public List<LiveBlock> liveBlocks() {
        List<LiveBlock> out = new ArrayList<>();
        for (Instance i : instances.values()) {
            for (var e : i.live.entrySet()) {
                Object[] b = e.getValue();
                int by = b[1] instanceof Instance r ? r.id : -1;
                out.add(new LiveBlock(i.id, e.getKey(), (long) b[0], (long) b[3], by, (long) b[2], (long) b[4]));
            }
        }
        out.sort(java.util.Comparator.comparingInt(LiveBlock::allocator).thenComparingLong(LiveBlock::address));
        return out;
    }

    public List<AllocatorDescription> describe() {
        List<AllocatorDescription> out = new ArrayList<>();
        for (Instance i : instances.values()) out.add(describe(i));
        for (Pool p : pools.values()) out.add(describe(p));
        out.sort(java.util.Comparator.comparingInt(AllocatorDescription::id));
        return out;
    }

    private AllocatorDescription describe(Pool p) {
        List<Detail> details = new ArrayList<>();
        List<AllocatorDescription.Area> areas = new ArrayList<>();
        StructType st = p.type();
        int parent = -1;
        long freeCount = 0;
        long itemSize = 0;
        try {
            long arena = field(st, p.ptr(), "arena");
            for (Instance i : instances.values()) if (i.ptr == arena && kindOf(typeName(i)).equals("ArenaAllocator")) parent = i.id;
            itemSize = ((org.heaplab.lang.types.Value.IntV) declValue(st, "item_size")).value().longValue();
            long node = mem().load(field(st, p.ptr(), "free_list"), 8);
            List<String> free = new ArrayList<>();
            while (node != 0 && readable(node, 8) && freeCount < 1_000_000) {
                if (free.size() < 8) free.add(String.format("0x%x", node));
                // an item on the free list is memory the pool holds for its next create: the diagram draws it as such
                if (freeCount < 4096) areas.add(new AllocatorDescription.Area(node, Math.max(8, itemSize), "free item", "free item", 0, 0, null));
                freeCount++;
                node = mem().load(node, 8);
            }
            details.add(new Detail("item size", itemSize + " bytes"));
            details.add(new Detail("free list", freeCount == 0 ? "empty" : freeCount + " items: " + String.join(" -> ", free) + (freeCount > free.size() ? " -> ..." : "")));
        } catch (RuntimeException e) {
            details.add(new Detail("state", "unreadable (" + e.getMessage() + ")"));
        }
        return new AllocatorDescription(p.id(), p.ptr(), "MemoryPool", st.name(), parent, 0, 0, 0, 0, 0, 0, 0, 0, details, List.copyOf(areas));
    }

    private static org.heaplab.lang.types.Value declValue(StructType st, String name) {
        var d = st.namespace().get(name);
        if (d == null || d.value == null) throw new IllegalStateException("no " + name);
        return d.value;
    }

    private AllocatorDescription describe(Instance i) {
        String typeName = typeName(i);
        String kind = kindOf(typeName);
        List<Detail> details = new ArrayList<>();
        List<AllocatorDescription.Area> areas = new ArrayList<>();
        long reserved = i.reserved;
        StructType st = stateType(i);
        try {
            switch (kind) {
                case "PageAllocator" -> reserved = pageBytes(i);
                case "ArenaAllocator" -> arena(i, st, details, areas);
                case "FixedBufferAllocator" -> reserved = fixedBuffer(i, st, details, areas);
                case "FailingAllocator" -> failing(i, st, details);
                case "DebugAllocator", "GeneralPurposeAllocator" -> debug(i, details, areas);
                default -> { }
            }
        } catch (RuntimeException e) {
            details.add(new Detail("state", "unreadable (" + e.getMessage() + ")"));
        }
        int parent = i.parent == null ? -1 : i.parent.id;
        return new AllocatorDescription(i.id, kind.equals("PageAllocator") || kind.equals("CAllocator") ? 0 : i.ptr, kind, shortType(typeName), parent, i.live.size(), i.liveBytes,
                reserved, i.peak, i.allocations, i.frees, i.refusedAllocations, i.refusedResizes, details, List.copyOf(areas));
    }

    private static String typeName(Instance i) {
        return typeName(i.allocFn);
    }

    private static String typeName(Ir.Function allocFn) {
        if (allocFn == null || allocFn.ref == null) return "?";
        Type owner = allocFn.ref.namespace().owner();
        return owner != null ? owner.name() : allocFn.ref.namespace().qualifiedName();
    }

    /** The type's own name: {@code heap.arena_allocator.ArenaAllocator} is ArenaAllocator, {@code ...DebugAllocator(.{})} is DebugAllocator. */
    static String kindOf(String typeName) {
        String t = typeName;
        int paren = t.indexOf('(');
        if (paren >= 0) t = t.substring(0, paren);
        int dot = t.lastIndexOf('.');
        return dot >= 0 ? t.substring(dot + 1) : t;
    }

    /** Generic arguments are long (a whole Config): {@code DebugAllocator(.{...})}. */
    private static String shortType(String typeName) {
        int paren = typeName.indexOf('(');
        return paren >= 0 && typeName.length() - paren > 24 ? typeName.substring(0, paren) + "(...)" : typeName;
    }

    static StructType stateType(Instance i) {
        if (i.allocFn == null || i.allocFn.ref == null) return null;
        return i.allocFn.ref.namespace().owner() instanceof StructType st ? st : null;
    }

    private long pageBytes(Instance i) {
        long total = 0;
        for (Object[] b : i.live.values()) total += org.heaplab.alloc.PageAllocator.reservedFor((long) b[0]);
        return total;
    }

    // ------------------------------------------------------------------ internals

    private AddressSpace mem() { return machine.mem; }

    AddressSpace memory() { return machine.mem; }

    private long field(StructType st, long base, String name) {
        int f = st.fieldIndex(name);
        if (f < 0) throw new IllegalStateException("no field " + name);
        return base + st.offsetOf(f);
    }

    private boolean readable(long addr, int size) {
        return mem().isMapped(addr) && mem().isMapped(addr + size - 1) && mem().state(addr) == ByteState.DEFINED;
    }

    private void arena(Instance i, StructType st, List<Detail> details, List<AllocatorDescription.Area> areas) {
        long state = field(st, i.ptr, "state");
        StructType stateType = (StructType) st.fields().get(st.fieldIndex("state")).type();
        long endIndex = mem().load(field(stateType, state, "end_index"), 8);
        long node = mem().load(field(stateType, state, "buffer_list"), 8);
        List<String> buffers = new ArrayList<>();
        long capacity = 0;
        long newest = -1;
        // a buffer is listed while the arena still holds it in its parent (deinit leaves stale links)
        Map<Long, Object[]> held = i.parent != null ? i.parent.live : Map.of();
        while (node != 0 && held.containsKey(node) && readable(node, 16)) {
            long len = mem().load(node + 8, 8);
            buffers.add(String.format("0x%x (%d bytes)", node, len));
            // the newest buffer is used up to its end_index past the 16-byte node; older ones are full
            areas.add(new AllocatorDescription.Area(node, len, "buffer", "buffer " + (buffers.size()), newest < 0 ? Math.min(len, 16 + endIndex) : len, 0, null));
            if (newest < 0) newest = len - 16;
            capacity += len - 16;
            node = mem().load(node, 8);
        }
        details.add(new Detail("buffers", buffers.isEmpty() ? "none" : buffers.size() + ", newest first: " + String.join(", ", buffers)));
        if (newest >= 0) details.add(new Detail("end_index", endIndex + " of " + newest + " bytes used in the newest buffer"));
        details.add(new Detail("capacity", capacity + " bytes"));
    }

    private long fixedBuffer(Instance i, StructType st, List<Detail> details, List<AllocatorDescription.Area> areas) {
        long endIndex = mem().load(field(st, i.ptr, "end_index"), 8);
        long buffer = field(st, i.ptr, "buffer");
        long ptr = mem().load(buffer, 8);
        long len = mem().load(buffer + 8, 8);
        details.add(new Detail("buffer", String.format("0x%x, %d bytes", ptr, len)));
        details.add(new Detail("end_index", endIndex + " (" + (len - endIndex) + " bytes free)"));
        areas.add(new AllocatorDescription.Area(ptr, len, "fixed buffer", "buffer", Math.min(len, endIndex), 0, null));
        return len;
    }

    private void failing(Instance i, StructType st, List<Detail> details) {
        for (String f : List.of("fail_index", "alloc_index", "resize_fail_index", "resize_index", "allocations", "deallocations", "allocated_bytes", "freed_bytes")) {
            long v = mem().load(field(st, i.ptr, f), 8);
            details.add(new Detail(f, v == -1 ? "none (maxInt)" : Long.toUnsignedString(v)));
        }
        details.add(new Detail("has_induced_failure", mem().load(field(st, i.ptr, "has_induced_failure"), 1) != 0 ? "true" : "false"));
    }

    private void debug(Instance i, List<Detail> details, List<AllocatorDescription.Area> areas) {
        if (i.deinitialized) {
            details.add(new Detail("state", "deinitialized (deinit() checked for leaks and left the struct undefined)"));
            return;
        }
        DebugAllocator d = machine.debugAllocatorAt(i.ptr);
        if (d == null) return;
        DebugAllocator.Description desc = d.describe();
        Map<Long, List<DebugAllocator.Description.Bucket>> bySize = new TreeMap<>();
        for (var b : desc.buckets()) {
            bySize.computeIfAbsent(b.sizeClass(), k -> new ArrayList<>()).add(b);
            var slots = new StringBuilder();
            for (boolean u : b.used()) slots.append(u ? 'U' : '.');
            areas.add(new AllocatorDescription.Area(b.page(), (long) b.slotCount() * b.sizeClass(), "bucket", "size class " + b.sizeClass(), -1,
                    b.sizeClass(), slots.toString()));
        }
        if (bySize.isEmpty()) details.add(new Detail("buckets", "none"));
        for (var e : bySize.entrySet()) {
            var sb = new StringBuilder();
            for (var b : e.getValue()) {
                if (!sb.isEmpty()) sb.append("; ");
                sb.append(String.format("page 0x%x: %d of %d slots handed out, %d freed [", b.page(), b.allocated(), b.slotCount(), b.freed()));
                for (boolean u : b.used()) sb.append(u ? 'U' : '.');
                sb.append(']');
            }
            details.add(new Detail("size class " + e.getKey(), sb.toString()));
        }
        var large = new StringBuilder();
        for (long[] l : desc.largeAllocations()) {
            if (!large.isEmpty()) large.append(", ");
            large.append(String.format("0x%x (%d bytes)", l[0], l[1]));
        }
        details.add(new Detail("large allocations", large.isEmpty() ? "none" : large.toString()));
    }
}
