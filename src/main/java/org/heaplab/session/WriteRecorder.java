package org.heaplab.session;

import java.util.List;
import org.heaplab.memory.ByteState;
import org.heaplab.memory.WriteObserver;
import org.heaplab.runtime.Frame;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Vm;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.lang.types.Layout;

/**
 * Records the run's writes into a {@link WriteHistory} as the machine makes them (it is the
 * memory's write observer, on the run's thread), and notices writes to watched ranges.
 *
 * <p>Each step is recorded once: writes at steps up to {@link #frontier} were recorded the first
 * time the run passed them, and a replay after a rewind skips them. Who wrote comes from the
 * bytes' new state (DEFINED: the program; UNDEFINED: 0xAA as undefined; FREED: a free;
 * METADATA: the allocator's bookkeeping) and where from the innermost frame of the user's code.
 *
 * <p>A copy's source: the machine's copies (struct and array copies, memcpy, arguments) know it;
 * a store of a value loaded in the same statement, of the same size and the same bytes, is taken
 * as a copy from where it was loaded (the last such load; see docs/design-notes.md for the limits).
 */
final class WriteRecorder implements WriteObserver, Vm.StatementTracker {
    /** Told when a watched range is written (the run's thread, also during replays). */
    interface WatchHit {
        void written(Watchpoint w, long step, int site);
    }

    private static final int LOADS = 4;

    private final WriteHistory history;
    private final Vm vm;
    private long frontier;
    private long lastStep;
    private final long[] loadAddress = new long[LOADS], loadValue = new long[LOADS];
    private final int[] loadSize = new int[LOADS];
    private int loads, loadNext;
    private long loadStep = -1;
    private volatile List<Watchpoint> watched = List.of();
    private WatchHit hit = (w, s, site) -> {};

    private WriteRecorder(WriteHistory history, Vm vm) {
        this.history = history;
        this.vm = vm;
    }

    /** Starts recording a machine's writes (before its run). */
    static WriteRecorder attach(Machine m, WriteHistory history) {
        var r = new WriteRecorder(history, m.vm());
        m.vm().setStepTracking(r);
        m.memory().setWriteObserver(r);
        history.calls().setSpans(m::spanOf);
        return r;
    }

    void setWatchpoints(List<Watchpoint> w) { this.watched = List.copyOf(w); }

    List<Watchpoint> watchpoints() { return watched; }

    void onWatchHit(WatchHit h) { this.hit = h; }

    /** The machine is about to be put back to an earlier step: what was recorded stays, and the replay adds nothing to it. */
    void rewinding() {
        frontier = Math.max(frontier, Math.max(lastStep, vm.steps() - 1));
        loads = 0;
    }

    /**
     * The machine was put back at a checkpoint: its frames are new objects, whose register
     * locals hold what they held when the first pass went by (and recorded); they are seen as such.
     */
    void restored() {
        for (Frame x = vm.currentFrame(); x != null; x = x.caller()) {
            RegisterLocals rl = registerLocals(x.function());
            if (rl.count() == 0) continue;
            long[] seen = new long[rl.count()];
            for (int k = 0; k < seen.length; k++) seen[k] = x.register(rl.register()[k]);
            x.setSeenRegisters(seen);
        }
    }

    @Override
    public void loaded(long addr, int size, long value) {
        long s = vm.steps();
        if (s <= frontier) return;
        if (s != loadStep) {
            loadStep = s;
            loads = 0;
        }
        loadAddress[loadNext] = addr;
        loadSize[loadNext] = size;
        loadValue[loadNext] = value;
        loadNext = (loadNext + 1) % LOADS;
        if (loads < LOADS) loads++;
    }

    @Override
    public void written(long addr, long len, ByteState state, int how, long value, long from) {
        long s = vm.steps();
        List<Watchpoint> ws = watched;
        if (!ws.isEmpty()) checkWatch(ws, addr, len, s, state, how);
        if (s <= frontier) return;
        Writer w;
        switch (state) {
            case DEFINED -> w = Writer.PROGRAM;
            case UNDEFINED -> w = Writer.UNDEFINED;
            case FREED -> {
                if (how == STATE && history.freedNow(addr, s)) return;
                w = Writer.ALLOCATOR_FREE;
            }
            case METADATA -> {
                if (how == STATE) return; // the allocator marking its area: no byte changed
                w = Writer.ALLOCATOR;
            }
            default -> {
                return; // bytes handed back unused (a state, no write)
            }
        }
        Frame f = vm.currentFrame();
        if (how == STORE && w == Writer.PROGRAM) from = storedFrom(f, s, addr, (int) len, value);
        boolean inStd = f != null && f.function().isLibrary();
        if (how != COPY && how != STORE) from = -1;
        history.add(s, addr, len, w, inStd, history.sites.of(f), from, from >= 0 ? localAt(f, from) : -1);
        lastStep = s;
    }

    /**
     * Where a stored value came from: a local of the user's code that lives in a register (its
     * slot in the frame, whose writes the history has from {@link #statement}), else a load of
     * this statement of the same size and bytes, else -1 (computed here).
     */
    private long storedFrom(Frame f, long step, long addr, int size, long value) {
        int reg = vm.takeStoreSource();
        if (reg >= 0 && f != null) {
            RegisterLocals rl = registerLocals(f.function());
            for (int k = 0; k < rl.count(); k++) if (rl.register()[k] == reg) return f.base() + rl.offset()[k];
        }
        return loadedFrom(step, addr, size, value);
    }

    /** The name number of the local of the user's frame {@code f} whose slot holds {@code addr}, or -1. */
    private int localAt(Frame f, long addr) {
        if (f == null || f.function().isLibrary()) return -1;
        long off = addr - f.base();
        if (off < 0 || off >= f.function().frameSize()) return -1;
        for (FnCode.LocalSlot sl : f.function().locals()) {
            if (off >= sl.frameOffset() && off < sl.frameOffset() + sizeOf(sl)) return history.sites.name(sl.local().name);
        }
        return -1;
    }

    /** Where a stored value was loaded from in this statement (same size, same bytes), or -1. */
    private long loadedFrom(long step, long addr, int size, long value) {
        if (step != loadStep) return -1;
        long mask = size >= 8 ? -1L : (1L << (8 * size)) - 1;
        for (int k = 1; k <= loads; k++) {
            int i = Math.floorMod(loadNext - k, LOADS);
            if (loadSize[i] == size && ((loadValue[i] ^ value) & mask) == 0 && loadAddress[i] != addr) return loadAddress[i];
        }
        return -1;
    }

    // ------------------------------------------------------------------ locals in registers

    /**
     * A function's locals that live in registers: their registers, their slots' offsets in the
     * frame and sizes; and, for seeing a local declared with the value its register already held,
     * the statement holding each instruction and which of these locals each statement shows.
     */
    private record RegisterLocals(int count, int[] register, long[] offset, long[] size, boolean[] param, int[] statementOf, long[] visible) {
        static final RegisterLocals NONE = new RegisterLocals(0, new int[0], new long[0], new long[0], new boolean[0], new int[0], new long[0]);

        /** The locals (bits) statement-holding {@code pc} shows; all when unknown. */
        long visibleAt(int pc) {
            int st = pc >= 0 && pc < statementOf.length ? statementOf[pc] : -1;
            return st < 0 ? -1L : visible[st];
        }
    }

    private final java.util.IdentityHashMap<FnCode, RegisterLocals> registerLocals = new java.util.IdentityHashMap<>();
    private FnCode lastFn;
    private RegisterLocals lastLocals = RegisterLocals.NONE;

    private RegisterLocals registerLocals(FnCode fn) {
        if (fn == lastFn) return lastLocals;
        RegisterLocals rl = registerLocals.get(fn);
        if (rl == null) {
            rl = fn.isLibrary() ? RegisterLocals.NONE : registerLocalsOf(fn);
            registerLocals.put(fn, rl);
        }
        lastFn = fn;
        lastLocals = rl;
        return rl;
    }

    private static RegisterLocals registerLocalsOf(FnCode fn) {
        List<FnCode.LocalSlot> all = fn.locals();
        int[] bit = new int[all.size()];
        java.util.Arrays.fill(bit, -1);
        int n = 0;
        for (int li = 0; li < all.size(); li++) if (all.get(li).inRegister()) bit[li] = n++;
        if (n == 0) return RegisterLocals.NONE;
        var rl = new RegisterLocals(n, new int[n], new long[n], new long[n], new boolean[n], new int[fn.codeLength()],
                new long[fn.statements().size()]);
        for (int li = 0; li < all.size(); li++) {
            int k = bit[li];
            if (k < 0) continue;
            var sl = all.get(li);
            rl.register()[k] = sl.register();
            rl.offset()[k] = sl.frameOffset();
            rl.size()[k] = sizeOf(sl);
            rl.param()[k] = sl.local().isParam;
        }
        for (int pc = 0; pc < rl.statementOf().length; pc++) rl.statementOf()[pc] = fn.statementContaining(pc);
        for (int st = 0; st < rl.visible().length; st++) {
            long mask = 0;
            for (int li : fn.statements().get(st).visible()) {
                int k = li < bit.length ? bit[li] : -1;
                if (k >= 64) mask = -1L; // too many to tell apart: every one counts as shown
                else if (k >= 0) mask |= 1L << k;
            }
            rl.visible()[st] = mask;
        }
        return rl;
    }

    /** A register local's size in bytes (a register's 8 for a type without a runtime layout). */
    private static long sizeOf(FnCode.LocalSlot sl) {
        try {
            return Math.max(1, Layout.sizeOf(sl.local().type));
        } catch (RuntimeException e) {
            return 8;
        }
    }

    /**
     * A statement of frame {@code f} begins at {@code pc}: the locals of the user's code that
     * live in registers and changed since its last statement were written by that statement (or
     * by the calls it made), at the step before this one; so were those that come into scope
     * here (declared with the value their register held, 0 often). They are written into the
     * history at their slots in the frame (the addresses the panes show for them). In a frame
     * seen the first time, the parameters were written by the caller's line.
     */
    @Override
    public void statement(Frame f, int pc) {
        RegisterLocals rl = registerLocals(f.function());
        if (rl.count() == 0) return;
        long step = vm.steps() - 1;
        long[] seen = f.seenRegisters();
        boolean first = seen == null;
        long shownBefore = 0;
        if (first) {
            seen = new long[rl.count()];
            for (int k = 0; k < seen.length; k++) seen[k] = f.register(rl.register()[k]);
            f.setSeenRegisters(seen);
        } else {
            shownBefore = rl.visibleAt(f.position());
        }
        long comes = rl.visibleAt(pc) & ~shownBefore;
        boolean record = step > frontier;
        List<Watchpoint> ws = watched;
        for (int k = 0; k < seen.length; k++) {
            long v = f.register(rl.register()[k]);
            boolean declared = k < 64 && (comes & 1L << k) != 0;
            if (v == seen[k] && !declared) continue;
            seen[k] = v;
            long addr = f.base() + rl.offset()[k];
            int site = first && rl.param()[k] && f.caller() != null ? history.sites.of(f.caller()) : history.sites.of(f);
            if (!ws.isEmpty()) {
                for (Watchpoint w : ws) {
                    if (w.overlaps(addr, rl.size()[k])) {
                        hit.written(w, step, site);
                        break;
                    }
                }
            }
            if (record) {
                long from = step == loadStep ? loadedFrom(step, addr, (int) Math.min(8, rl.size()[k]), v) : -1;
                history.add(step, addr, rl.size()[k], Writer.PROGRAM, false, site, from, from >= 0 ? localAt(f, from) : -1);
                lastStep = Math.max(lastStep, step);
            }
        }
    }

    private void checkWatch(List<Watchpoint> ws, long addr, long len, long step, ByteState state, int how) {
        if (how == STATE && state != ByteState.FREED && state != ByteState.UNDEFINED) return;
        for (Watchpoint w : ws) {
            if (w.overlaps(addr, len)) {
                hit.written(w, step, history.sites.of(vm.currentFrame()));
                return;
            }
        }
    }
}
