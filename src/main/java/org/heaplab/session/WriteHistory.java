package org.heaplab.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the run wrote, recorded the first time the run passes each step (replays after a rewind
 * add nothing): every store, copy and fill of the run's memory, by whom (the program, 0xAA as
 * undefined, 0xAA as freed, the allocator's bookkeeping) and under which line of the user's
 * code, and the program's allocator calls. Readable from any thread; the run's thread records
 * ({@link WriteRecorder}).
 *
 * <p>Queries: the last write to a range before a step, the next one after a step, a value's
 * origin (the copies it went through back to where it was computed) and a heap block's life.
 * The writes are kept in {@link WriteLog} chunks whose summaries let a search skip most of a
 * long run; past its budget the history drops its oldest chunks, and {@link #firstHeldStep}
 * says from where it still knows.
 */
public final class WriteHistory {
    /** The most the history may hold by default: a sixteenth of the Java heap. */
    static final long DEFAULT_BUDGET = Runtime.getRuntime().maxMemory() / 16;
    /** An origin's chain stops after this many hops. */
    public static final int MAX_HOPS = 64;

    private static final Writer[] WRITERS = Writer.values();

    final WriteLog log = new WriteLog();
    final WriteSites sites = new WriteSites();
    private final BlockCalls calls = new BlockCalls();
    private volatile long budget = DEFAULT_BUDGET;
    /** The last step fully recorded: written by the run's thread with release stores, read with acquiring loads. */
    private long through;
    private static final java.lang.invoke.VarHandle THROUGH;

    static {
        try {
            THROUGH = java.lang.invoke.MethodHandles.lookup().findVarHandle(WriteHistory.class, "through", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The most the history may hold (tests use small budgets to see old chunks dropped). */
    public void setBudget(long bytes) { this.budget = Math.max(1, bytes); }

    /** The last step fully recorded. */
    public long recordedThrough() { return (long) THROUGH.getAcquire(this); }

    /** The first step whose writes the history still holds (1 unless old chunks were dropped). */
    public long firstHeldStep() { return log.droppedThrough() + 1; }

    /** Memory the history holds, in bytes. */
    public long bytes() { return log.bytes() + sites.bytes() + calls.bytes(); }

    // ------------------------------------------------------------------ recording (run thread)

    void add(long step, long address, long length, Writer w, boolean inStd, int site, long from) {
        add(step, address, length, w, inStd, site, from, -1);
    }

    void add(long step, long address, long length, Writer w, boolean inStd, int site, long from, int fromName) {
        log.add(step, address, length, w.ordinal(), inStd, site, from, fromName);
        if (step - 1 > through) THROUGH.setRelease(this, step - 1);
        if (log.bytesPlain() > budget) log.trim(budget);
    }

    /** The 0xAA just written at {@code step} over a block being freed is the free's; false when the newest write was not that. */
    boolean freedNow(long address, long step) {
        return log.newestIntoFree(address, step, Writer.UNDEFINED.ordinal(), Writer.ALLOCATOR_FREE.ordinal());
    }

    /** The run has got through {@code step}. */
    void reached(long step) {
        if (step > through) THROUGH.setRelease(this, step);
    }

    BlockCalls calls() { return calls; }

    /** Records an allocator call of the program's; a free makes the 0xAA the std wrote over the block just before the free's. */
    void call(org.heaplab.runtime.AllocatorChain.Call c) {
        if (calls.record(c) && c.op() == org.heaplab.runtime.AllocatorChain.Call.Op.FREE) {
            log.turnIntoFree(c.address(), calls.allocStep(c.address()), Writer.UNDEFINED.ordinal(), Writer.ALLOCATOR_FREE.ordinal(), 4096);
        }
    }

    // ------------------------------------------------------------------ queries (any thread)

    /** The latest write touching {@code [address, address+length)} at a step {@code < beforeStep}. */
    public Optional<Write> lastWrite(long address, long length, long beforeStep) {
        long len = Math.max(1, length);
        WriteLog.Chunk[] cs = log.chunks();
        int[] at = findBack(cs, cs.length - 1, Integer.MAX_VALUE, address, len, beforeStep);
        return at == null ? Optional.empty() : Optional.of(write(cs[at[0]], at[1]));
    }

    /** The first write touching {@code [address, address+length)} at a step {@code > afterStep}; empty if the run has not written it since (yet). */
    public Optional<Write> nextWrite(long address, long length, long afterStep) {
        long len = Math.max(1, length);
        WriteLog.Chunk[] cs = log.chunks();
        int ci = firstChunkAfter(cs, afterStep);
        for (; ci < cs.length; ci++) {
            WriteLog.Chunk c = cs[ci];
            int n = c.count();
            if (n == 0 || c.lastStep <= afterStep || !c.mayTouch(address, len)) continue;
            for (int i = 0; i < n; i++) {
                if (c.step(i) <= afterStep) continue;
                if (overlaps(c, i, address, len)) return Optional.of(write(c, i));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the value in {@code [address, address+length)} at step {@code atStep} came from,
     * newest first: the write that put it there, then, while that write was a copy, the write
     * that put the copied bytes at the source, and so on; the last hop is where the value was
     * computed (or set by the allocator, or written before the history's first held step).
     */
    public List<Hop> origin(long address, long length, long atStep) {
        List<Hop> hops = new ArrayList<>();
        long addr = address, len = Math.max(1, length);
        WriteLog.Chunk[] cs = log.chunks();
        int ci = cs.length - 1, ei = Integer.MAX_VALUE;
        long before = atStep;
        Set<Long> seen = new HashSet<>();
        while (hops.size() < MAX_HOPS) {
            int[] at = findBack(cs, ci, ei, addr, len, before);
            if (at == null) break;
            WriteLog.Chunk c = cs[at[0]];
            int i = at[1];
            Write w = write(c, i);
            long from = w.copiedFrom() >= 0 ? w.copiedFrom() + Math.max(0, addr - w.address()) : -1;
            boolean loop = !seen.add(w.step() * 31 + w.address());
            if (from < 0 || loop || hops.size() == MAX_HOPS - 1) {
                hops.add(new Hop(w, -1, computed(w)));
                break;
            }
            boolean whole = from == w.copiedFrom() && w.copiedFromName() != null;
            hops.add(new Hop(w, from, whole ? "copied from `" + w.copiedFromName() + "`" : String.format("copied from 0x%x", from)));
            addr = from;
            len = Math.min(len, w.length());
            // the source as it was just before the copy: earlier entries of the log, the same step included
            ci = at[0];
            ei = i;
            before = Long.MAX_VALUE;
        }
        return hops;
    }

    private static String computed(Write w) {
        return switch (w.writer()) {
            case PROGRAM -> "computed here";
            case UNDEFINED -> w.inStd() ? "0xAA from the allocator (undefined)" : "set to undefined here";
            case ALLOCATOR_FREE -> "0xAA from the allocator (freed)";
            case ALLOCATOR -> "the allocator's bookkeeping";
        };
    }

    /** A heap block's life up to {@code atStep} (all recorded when {@code atStep < 0}): see {@link BlockLife}. */
    public List<BlockEvent> blockLife(long blockAddress, long atStep) {
        return new BlockLife(this, calls.snapshot()).of(blockAddress, atStep < 0 ? Long.MAX_VALUE : atStep);
    }

    /** Writes touching a range in {@code [fromStep, toStep)}, oldest first, at most {@code max} (for block lives). */
    List<Write> writesIn(long address, long length, long fromStep, long toStep, int max) {
        List<Write> out = new ArrayList<>();
        WriteLog.Chunk[] cs = log.chunks();
        for (int ci = firstChunkAfter(cs, fromStep - 1); ci < cs.length && out.size() < max; ci++) {
            WriteLog.Chunk c = cs[ci];
            int n = c.count();
            if (n == 0 || c.baseStep >= toStep) break;
            if (c.lastStep < fromStep || !c.mayTouch(address, length)) continue;
            for (int i = 0; i < n && out.size() < max; i++) {
                long s = c.step(i);
                if (s < fromStep) continue;
                if (s >= toStep) break;
                if (overlaps(c, i, address, length)) out.add(write(c, i));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ searching the log

    /** The newest entry before (ci, ei) touching the range at a step below {@code before}: {chunk, entry}, or null. */
    private static int[] findBack(WriteLog.Chunk[] cs, int ci, int ei, long address, long len, long before) {
        for (; ci >= 0; ci--, ei = Integer.MAX_VALUE) {
            WriteLog.Chunk c = cs[ci];
            int n = Math.min(c.count(), ei);
            if (c.baseStep >= before || !c.mayTouch(address, len)) continue;
            for (int i = n - 1; i >= 0; i--) {
                if (c.step(i) >= before) continue;
                if (overlaps(c, i, address, len)) return new int[] {ci, i};
            }
        }
        return null;
    }

    /** The index of the first chunk that may hold a step after {@code step}. */
    private static int firstChunkAfter(WriteLog.Chunk[] cs, long step) {
        int lo = 0, hi = cs.length - 1, best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cs[mid].baseStep <= step) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    private static boolean overlaps(WriteLog.Chunk c, int i, long address, long len) {
        long a = c.address[i];
        return a < address + len && address < a + c.length(i);
    }

    private Write write(WriteLog.Chunk c, int i) {
        WriteSites.Place p = sites.place(c.site[i]);
        return new Write(c.step(i), c.address[i], c.length(i), WRITERS[c.kind(i)], p.file(), p.line(), p.function(), p.lineText(),
                c.copiedFrom(i), c.inStd(i), sites.nameOf(c.copiedFromName(i)));
    }

    /** What site {@code site} reads as. */
    WriteSites.Place place(int site) { return sites.place(site); }
}
