package org.heaplab.session;

import java.util.List;
import org.heaplab.memory.AddressSpace;
import org.heaplab.memory.ByteState;
import org.heaplab.runtime.Frame;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Vm;

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
final class WriteRecorder implements AddressSpace.WriteObserver {
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
        m.vm().setStepTracking(true);
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
        if (how == STORE && w == Writer.PROGRAM) from = loadedFrom(s, addr, (int) len, value);
        Frame f = vm.currentFrame();
        boolean inStd = f != null && f.function().isLibrary();
        history.add(s, addr, len, w, inStd, history.sites.of(f), how == COPY || how == STORE ? from : -1);
        lastStep = s;
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
