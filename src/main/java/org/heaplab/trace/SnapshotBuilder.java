package org.heaplab.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heaplab.alloc.AllocatorEvent;
import org.heaplab.alloc.BlockHistory;
import org.heaplab.alloc.PageAllocator;
import org.heaplab.alloc.StackTrace;
import org.heaplab.lang.ir.Ir;
import org.heaplab.memory.AddressSpace;
import org.heaplab.runtime.AllocatorChain;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.runtime.Frame;
import org.heaplab.runtime.Machine;
import org.heaplab.trace.Snapshot.AllocatorCall;
import org.heaplab.trace.Snapshot.BlockState;
import org.heaplab.trace.Snapshot.DeferScope;
import org.heaplab.trace.Snapshot.HeapBlock;
import org.heaplab.trace.Snapshot.Local;
import org.heaplab.trace.Snapshot.MemoryError;
import org.heaplab.trace.Snapshot.MemoryRegion;
import org.heaplab.trace.Snapshot.PendingDefer;
import org.heaplab.trace.Snapshot.StackFrame;

/**
 * Takes a {@link Snapshot} of a machine that is not running (paused at a statement, inside an
 * allocator's report, or after the program ended). Runs on the interpreter's thread, which
 * owns the memory; reads it only through peeks.
 */
public final class SnapshotBuilder {
    /** Bytes of each block copied for the hex view. */
    public static final int HEAD_BYTES = 256;
    /** Blocks whose bytes are copied (the rest show their numbers only). */
    static final int MAX_BLOCKS_WITH_BYTES = 512;
    /** Frames shown: the innermost ones and the outermost (main). */
    static final int MAX_FRAMES = 200;
    /** Freed blocks listed besides the live ones. */
    static final int MAX_FREED_SHOWN = 200;

    private final Machine machine;
    private final AddressSpace mem;
    /** Reads locals as trees of parts, and learns from their pointers what the blocks hold. */
    private final LocalReader reader;
    /** The cells of the blocks of the snapshot being built, by address. */
    private Map<Long, List<Local>> cellsOf = Map.of();
    private Reachability.Result reach = Reachability.Result.NONE;
    /** {Local, StackFrame} pairs of the snapshot being built, to name the stack words that point at blocks. */
    private List<Object[]> stackLocals = List.of();

    public SnapshotBuilder(Machine machine) {
        this.machine = machine;
        this.mem = machine.memory();
        this.reader = new LocalReader(mem, new ValueReader(mem, machine.image()));
    }

    /** What the caller knows about the stop; the builder adds what the machine holds. */
    public record Stop(long step, Snapshot.RunState state, StopReason reason, Frame top, String output, List<MemoryError> errors,
                       MemoryError stoppedOn, int exitCode) {}

    public Snapshot build(Stop stop, Snapshot previous) {
        List<StackFrame> frames = new ArrayList<>();
        List<DeferScope> defers = new ArrayList<>();
        reader.startSnapshot();
        frames(stop.top(), frames, defers);
        List<AllocatorInfo> allocators = machine.allocators().describe().stream().map(AllocatorInfo::of).toList();
        Frame at = stop.top() != null ? stop.top() : machine.vm().currentFrame();
        // after the end no frame holds anything: what is still live is a leak, not an orphan of this step
        Map<Integer, String> kinds = new HashMap<>();
        for (AllocatorInfo d : allocators) kinds.put(d.id(), d.kind());
        reach = at == null ? Reachability.Result.NONE : Reachability.scan(machine, at, kinds);
        stackLocals = new ArrayList<>();
        for (StackFrame f : frames) for (Local l : f.locals()) if (l.address() != 0) stackLocals.add(new Object[] {l, f});
        List<HeapBlock> blocks = blocks(allocators);
        List<MemoryRegion> regions = regions(frames);
        List<AllocatorCall> calls = new ArrayList<>();
        for (AllocatorChain.Call c : machine.allocators().recentCalls()) {
            calls.add(new AllocatorCall(c.serial(), c.allocator(), c.op().name().toLowerCase(java.util.Locale.ROOT), c.address(), c.length(),
                    c.newLength(), c.ok(), c.requester(), site(c.site())));
        }
        SourcePos position = frames.isEmpty() ? null : frames.get(0).position();
        if (stop.stoppedOn() != null && stop.stoppedOn().at() != null) position = stop.stoppedOn().at();
        var changes = changes(previous, frames, blocks, allocators);
        return new Snapshot(stop.step(), stop.state(), stop.reason(), position, List.copyOf(frames), List.copyOf(blocks), List.copyOf(regions),
                List.copyOf(defers), List.copyOf(allocators), List.copyOf(calls), machine.allocators().callCount(), stop.output(),
                List.copyOf(stop.errors()), stop.stoppedOn(), stop.exitCode(), changes);
    }

    // ------------------------------------------------------------------ frames, locals, defers

    private void frames(Frame top, List<StackFrame> frames, List<DeferScope> defers) {
        List<Frame> user = new ArrayList<>();
        for (Frame f = top; f != null; f = f.caller()) if (!f.function().isLibrary() && f.function().codeLength() > 0) user.add(f);
        int depth = user.size();
        // deep recursion: the innermost frames and the outermost one are what a learner reads
        for (int k = 0; k < user.size(); k++) {
            if (k >= MAX_FRAMES && k < user.size() - 1) continue;
            Frame f = user.get(k);
            FnCode fn = f.function();
            String key = (depth - k - 1) + ":" + fn.name();
            int si = fn.statementContaining(f.position());
            FnCode.Statement st = si >= 0 ? fn.statements().get(si) : null;
            SourcePos pos = SourcePos.of(k == 0 && st != null && f == top ? st.span() : fn.spanAt(f.position()));
            List<Local> locals = new ArrayList<>();
            if (st != null) {
                for (int li : st.visible()) locals.add(reader.local(f, key, fn.locals().get(li)));
            }
            frames.add(new StackFrame(key, fn.name(), pos, f.base(), fn.frameSize(), List.copyOf(locals)));
            if (st != null) defers(key, fn.name(), st, defers);
        }
    }

    private void defers(String frameKey, String function, FnCode.Statement st, List<DeferScope> out) {
        List<FnCode.ScopeDefers> scopes = new ArrayList<>(st.defers());
        Collections.reverse(scopes);
        boolean firingShown = st.firing() == null;
        for (FnCode.ScopeDefers s : scopes) {
            List<PendingDefer> list = new ArrayList<>();
            if (!firingShown) {
                list.add(pending(st.firing(), true, st.firingOnError()));
                firingShown = true;
            }
            for (int i = s.pending().size() - 1; i >= 0; i--) list.add(pending(s.pending().get(i), false, false));
            if (!list.isEmpty()) out.add(new DeferScope(frameKey, function, SourcePos.of(s.opened()), List.copyOf(list)));
        }
    }

    private static PendingDefer pending(Ir.Defer d, boolean firing, boolean onError) {
        String text = d.span().text().replaceAll("\\s+", " ");
        if (text.length() > 90) text = text.substring(0, 87) + "...";
        return new PendingDefer(SourcePos.of(d.span()), text.strip(), d.isErr(), firing, onError);
    }

    // ------------------------------------------------------------------ blocks and memory

    private List<HeapBlock> blocks(List<AllocatorInfo> allocators) {
        Map<Integer, AllocatorInfo> byId = new HashMap<>();
        for (AllocatorInfo d : allocators) byId.put(d.id(), d);
        Set<Long> leaked = new HashSet<>();
        for (AllocatorEvent e : machine.reports()) if (e instanceof AllocatorEvent.Leak l) leaked.add(l.address());
        BlockHistory history = machine.blocks();
        List<HeapBlock> out = new ArrayList<>();
        List<AllocatorChain.LiveBlock> live = machine.allocators().liveBlocks();
        cellsOf = reader.cellsOf(live);
        for (AllocatorChain.LiveBlock b : live) {
            AllocatorInfo d = byId.get(b.allocator());
            String kind = d == null ? "?" : d.kind();
            // the history knows the debug and page allocators' blocks, by the allocator's state address (0: page allocator)
            BlockHistory.Block h = d == null ? null : history.liveAt("PageAllocator".equals(kind) ? 0 : d.address(), b.address());
            List<SourcePos> allocTrace = h != null ? trace(h.allocTrace()) : siteList(b.site());
            BlockState state = leaked.contains(b.address()) && "DebugAllocator".equals(kind) ? BlockState.LEAKED : BlockState.LIVE;
            long allocStep = h != null ? h.allocStep() : b.step();
            long reserved = reservedSize(d, kind, b.length(), b.alignment());
            out.add(block(kind + "#" + b.allocator() + "@" + Long.toHexString(b.address()), b.address(), b.length(), b.alignment(), reserved,
                    b.allocator(), kind, b.requester(), state, allocTrace, List.of(), out.size(), allocStep, -1));
        }
        for (BlockHistory.Block h : history.recentlyFreed(MAX_FREED_SHOWN)) {
            // the owner and reserved size come from the history and the allocators as they are now, never from an earlier
            // snapshot: a snapshot depends only on its step, so time travel reproduces it
            int id = -1;
            String kind = h.kind().equals(PageAllocator.KIND) ? "PageAllocator" : h.kind();
            for (AllocatorInfo d : allocators) {
                if (d.kind().equals(kind) && (d.address() == h.allocator() || h.allocator() == 0)) {
                    id = d.id();
                    kind = d.kind();
                    break;
                }
            }
            int requester = -1;
            if ("PageAllocator".equals(kind)) {
                for (AllocatorInfo d : allocators) if (d.parent() == id) requester = d.id();
            }
            AllocatorInfo owner = byId.get(id);
            out.add(block(kind + "#" + id + "@" + Long.toHexString(h.address()) + "/freed@" + h.freeStep(), h.address(), h.length(), 0,
                    reservedSize(owner, kind, h.length(), 0), id, kind, requester, BlockState.FREED, trace(h.allocTrace()), trace(h.freeTrace()), out.size(), h.allocStep(), h.freeStep()));
        }
        return out;
    }

    private HeapBlock block(String key, long addr, long len, long align, long reserved, int allocator, String kind, int requester, BlockState state,
                            List<SourcePos> allocTrace, List<SourcePos> freeTrace, int index, long allocStep, long freeStep) {
        byte[] head = null;
        byte[] states = null;
        if (index < MAX_BLOCKS_WITH_BYTES) {
            int n = (int) Math.min(len, HEAD_BYTES);
            head = mem.peek(addr, n);
            if (head != null) {
                states = new byte[n];
                for (long[] run : mem.stateRuns(addr, addr + n)) java.util.Arrays.fill(states, (int) (run[0] - addr), (int) (run[1] - addr), (byte) run[2]);
            }
        }
        String hint = state == BlockState.FREED || requester >= 0 ? null : reader.typed(addr);
        boolean live = state != BlockState.FREED;
        boolean orphaned = live && requester < 0 && reach.orphaned().contains(addr);
        List<Snapshot.Pointer> from = List.of();
        if (live && requester < 0) {
            List<Reachability.Referrer> refs = reach.referrers().get(addr);
            if (refs != null) from = refs.stream().map(r -> new Snapshot.Pointer(r.address(), r.value(), where(r))).toList();
        }
        List<Local> cells = live && requester < 0 ? cellsOf.getOrDefault(addr, List.of()) : List.of();
        return new HeapBlock(key, addr, len, reserved, align, allocator, kind, requester, state, allocTrace, freeTrace,
                head, states, hint, allocStep, freeStep, orphaned, from, cells);
    }

    /** Names a word that points at a block: the local it lies in, when it lies in one. */
    private String where(Reachability.Referrer r) {
        if (r.address() >= 0 && "stack".equals(r.where())) {
            for (Object[] lf : stackLocals) {
                Local l = (Local) lf[0];
                if (r.address() >= l.address() && r.address() - l.address() < Math.max(1, l.size())) {
                    long off = r.address() - l.address();
                    return "`" + l.name() + "`" + (off == 0 ? "" : " +" + off) + " in " + ((StackFrame) lf[1]).function();
                }
            }
            return "the stack (a frame of the std or a temporary)";
        }
        return r.where();
    }

    /**
     * The bytes an allocator sets aside for a request, as the allocator itself computes them: the
     * debug allocator's size class (or pages for a large request), whole pages for the page
     * allocator; other allocators set aside what was asked.
     */
    private long reservedSize(AllocatorInfo d, String kind, long len, long align) {
        return switch (kind) {
            case "DebugAllocator", "GeneralPurposeAllocator" -> {
                var debug = d == null ? null : machine.debugAllocatorAt(d.address());
                yield debug != null ? debug.reservedFor(len, align) : len;
            }
            case "PageAllocator" -> PageAllocator.reservedFor(len);
            default -> len;
        };
    }

    private List<MemoryRegion> regions(List<StackFrame> frames) {
        List<MemoryRegion> out = new ArrayList<>();
        for (AddressSpace.Mapping m : mem.mappings()) {
            long start = m.start;
            long end = m.end();
            if (m.region == AddressSpace.Region.STACK) {
                long low = end - AddressSpace.PAGE_SIZE;
                for (StackFrame f : frames) low = Math.min(low, f.base());
                start = Math.max(m.start, low & ~AddressSpace.PAGE_MASK);
            }
            out.add(new MemoryRegion(start, end - start, m.region.name().toLowerCase(java.util.Locale.ROOT), m.label, mem.stateRuns(start, end)));
        }
        return out;
    }

    // ------------------------------------------------------------------ sites

    /** The user-code frames of a trace as positions, innermost first. */
    public List<SourcePos> trace(StackTrace t) {
        if (t == null) return List.of();
        List<SourcePos> out = new ArrayList<>();
        for (long a : t.addresses()) {
            if (!machine.isUserCode(a)) continue;
            SourcePos p = SourcePos.of(machine.spanOf(a));
            if (p != null) out.add(p);
        }
        return List.copyOf(out);
    }

    private List<SourcePos> siteList(long address) {
        SourcePos p = site(address);
        return p == null ? List.of() : List.of(p);
    }

    private SourcePos site(long address) {
        return address == 0 ? null : SourcePos.of(machine.spanOf(address));
    }

    // ------------------------------------------------------------------ changes

    private static void collect(List<Local> locals, Map<String, String> into) {
        for (Local l : locals) {
            into.put(l.key(), l.value());
            collect(l.parts(), into);
        }
    }

    private static Snapshot.Changes changes(Snapshot prev, List<StackFrame> frames, List<HeapBlock> blocks, List<AllocatorInfo> allocators) {
        if (prev == null) return Snapshot.Changes.NONE;
        Map<String, String> before = new HashMap<>();
        for (StackFrame f : prev.frames()) collect(f.locals(), before);
        Map<String, String> now = new HashMap<>();
        for (StackFrame f : frames) collect(f.locals(), now);
        Set<String> locals = new HashSet<>();
        for (var e : now.entrySet()) if (!e.getValue().equals(before.get(e.getKey()))) locals.add(e.getKey());
        Map<String, BlockState> blocksBefore = new HashMap<>();
        for (HeapBlock b : prev.blocks()) blocksBefore.put(b.key(), b.state());
        Set<String> changedBlocks = new HashSet<>();
        for (HeapBlock b : blocks) if (blocksBefore.get(b.key()) != b.state()) changedBlocks.add(b.key());
        Map<Integer, AllocatorInfo> allocBefore = new HashMap<>();
        for (AllocatorInfo d : prev.allocators()) allocBefore.put(d.id(), d);
        Set<Integer> changedAllocators = new HashSet<>();
        for (AllocatorInfo d : allocators) {
            AllocatorInfo o = allocBefore.get(d.id());
            if (o == null || o.liveBytes() != d.liveBytes() || o.allocations() != d.allocations() || o.frees() != d.frees()
                    || o.refusedAllocations() != d.refusedAllocations() || o.refusedResizes() != d.refusedResizes()
                    || !o.details().equals(d.details())) changedAllocators.add(d.id());
        }
        return new Snapshot.Changes(Set.copyOf(locals), Set.copyOf(changedBlocks), Set.copyOf(changedAllocators));
    }
}
