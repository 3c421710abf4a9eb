package org.heaplab.session;

import java.util.List;
import org.heaplab.memory.AddressSpace;
import org.heaplab.memory.ByteState;
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
final class WriteRecorder implements AddressSpace.WriteObserver, Vm.StatementTracker {
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
                if (how == STATE && history.freed(addr)) return;
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
        history.add(s, addr, len, w, inStd, history.sites.of(f), how == COPY || how == STORE ? from : -1);
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

    /** A function's locals that live in registers: their registers, their slots' offsets in the frame and sizes. */
    private record RegisterLocals(int count, int[] register, long[] offset, long[] size, boolean[] param) {
        static final RegisterLocals NONE = new RegisterLocals(0, new int[0], new long[0], new long[0], new boolean[0]);
    }

    private final java.util.IdentityHashMap<FnCode, RegisterLocals> registerLocals = new java.util.IdentityHashMap<>();
    private FnCode lastFn;
    private RegisterLocals lastLocals = RegisterLocals.NONE;

    private RegisterLocals registerLocals(FnCode fn) {
        if (fn == lastFn) return lastLocals;
        RegisterLocals rl = registerLocals.get(fn);
        if (rl == null) {
            rl = RegisterLocals.NONE;
            if (!fn.isLibrary()) {
                List<FnCode.LocalSlot> slots = fn.locals().stream().filter(FnCode.LocalSlot::inRegister).toList();
                int n = slots.size();
                rl = new RegisterLocals(n, new int[n], new long[n], new long[n], new boolean[n]);
                for (int k = 0; k < n; k++) {
                    var sl = slots.get(k);
                    rl.register()[k] = sl.register();
                    rl.offset()[k] = sl.frameOffset();
                    rl.size()[k] = Math.max(1, Layout.sizeOf(sl.local().type));
                    rl.param()[k] = sl.local().isParam;
                }
            }
            registerLocals.put(fn, rl);
        }
        lastFn = fn;
        lastLocals = rl;
        return rl;
    }

    /**
     * A statement of frame {@code f} begins: the locals of the user's code that live in registers
     * and changed since its last statement were written by that statement (or by the calls it
     * made), at the step before this one. They are written into the history at their slots in
     * the frame (the addresses the panes show for them). A frame seen the first time has its
     * parameters written by the caller's line.
     */
    @Override
    public void statement(Frame f) {
        RegisterLocals rl = registerLocals(f.function());
        if (rl.count() == 0) return;
        long step = vm.steps() - 1;
        long[] seen = f.seenRegisters();
        boolean record = step > frontier;
        List<Watchpoint> ws = watched;
        if (seen == null) {
            seen = new long[rl.count()];
            for (int k = 0; k < seen.length; k++) seen[k] = f.register(rl.register()[k]);
            f.setSeenRegisters(seen);
            if (!record || f.caller() == null) return;
            int site = history.sites.of(f.caller());
            for (int k = 0; k < seen.length; k++) {
                if (rl.param()[k]) history.add(step, f.base() + rl.offset()[k], rl.size()[k], Writer.PROGRAM, false, site, -1);
            }
            return;
        }
        for (int k = 0; k < seen.length; k++) {
            long v = f.register(rl.register()[k]);
            if (v == seen[k]) continue;
            seen[k] = v;
            long addr = f.base() + rl.offset()[k];
            if (!ws.isEmpty()) {
                for (Watchpoint w : ws) {
                    if (w.overlaps(addr, rl.size()[k])) {
                        hit.written(w, step, history.sites.of(f));
                        break;
                    }
                }
            }
            if (record) {
                long from = step == loadStep ? loadedFrom(step, addr, (int) Math.min(8, rl.size()[k]), v) : -1;
                history.add(step, addr, rl.size()[k], Writer.PROGRAM, false, history.sites.of(f), from);
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
