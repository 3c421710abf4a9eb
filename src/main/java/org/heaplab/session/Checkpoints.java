package org.heaplab.session;

import java.util.Map;
import java.util.TreeMap;
import org.heaplab.runtime.Checkpoint;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Vm;
import org.heaplab.trace.Snapshot.MemoryError;

/**
 * The run's history for time travel: checkpoints of the machine (with what the debugger itself
 * must put back: errors so far, a card waiting for its stop, the program's allocation count),
 * taken at top-level statements every so many steps, spaced by what they cost, and thinned out
 * when they pass the history budget. Interpreter-thread state, but for the settings.
 */
final class Checkpoints {
    /** What the debugger itself must put back with a checkpoint. */
    record Saved(Checkpoint cp, int errors, MemoryError pendingCard, long programAllocs, long cost) {}

    /**
     * The most the checkpoints may hold: an eighth of the Java heap. A run that goes on and on
     * (an endless loop under a long time limit) thins its checkpoints out when it gets there.
     */
    static final long HISTORY_BUDGET = Runtime.getRuntime().maxMemory() / 8;

    /** A checkpoint costs at most this many bytes per step of the run (it is spaced out as needed). */
    static final long BYTES_PER_STEP = 32;
    static final long DEFAULT_MIN_INTERVAL = 4096;

    private final TreeMap<Long, Saved> saved = new TreeMap<>();
    private volatile long minInterval = DEFAULT_MIN_INTERVAL;
    private volatile long historyBudget = HISTORY_BUDGET;
    private long nextCheckpoint = 1;
    private long retainedBytes;
    private long copiedAtLast;
    private boolean restoredSinceLast;
    private int thinned;

    /** Checkpoints at least this many steps apart (tests use small ones to rewind often). */
    void setMinInterval(long steps) { this.minInterval = Math.max(1, steps); }

    /** The most the checkpoints may hold (tests use small budgets to see them thinned). */
    void setHistoryBudget(long bytes) { this.historyBudget = Math.max(1, bytes); }

    int size() { return saved.size(); }

    long retainedBytes() { return retainedBytes; }

    int thinned() { return thinned; }

    /** Takes a checkpoint at {@code step} if one is due there (only between top-level statements). */
    void takeIfDue(Machine m, Vm vm, long step, int errors, MemoryError pendingCard, long programAllocs) {
        if (step < nextCheckpoint || (!saved.isEmpty() && step <= saved.lastKey()) || !vm.atTopLevel()) return;
        Checkpoint cp = m.checkpoint();
        // the pages the previous checkpoint shares and the run has written since are its cost too
        long pages = restoredSinceLast ? 0 : m.memory().copiedBytes() - copiedAtLast;
        restoredSinceLast = false;
        copiedAtLast = m.memory().copiedBytes();
        long cost = cp.bytes() + pages;
        saved.put(step, new Saved(cp, errors, pendingCard, programAllocs, cost));
        retainedBytes += cost;
        nextCheckpoint = step + Math.max(minInterval, cost / BYTES_PER_STEP);
        if (retainedBytes > historyBudget) thin();
    }

    /** Drops every other checkpoint (never the first or the newest) and spaces the next ones twice as far. */
    private void thin() {
        Long first = saved.firstKey(), last = saved.lastKey();
        boolean drop = false;
        for (var it = saved.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().equals(first) || e.getKey().equals(last)) continue;
            if (drop) {
                retainedBytes -= e.getValue().cost();
                it.remove();
            }
            drop = !drop;
        }
        minInterval *= 2;
        thinned++;
    }

    /** The next step at which a checkpoint may fall due. */
    long nextDue() {
        long w = nextCheckpoint;
        if (!saved.isEmpty()) w = Math.max(w, saved.lastKey() + 1);
        return w;
    }

    /** The checkpoint to restore to go to {@code to}: the one at or before it (the first one if none is). */
    Saved restorePoint(long to) {
        Map.Entry<Long, Saved> e = saved.floorEntry(to);
        if (e == null) e = saved.firstEntry();
        restoredSinceLast = true;
        return e.getValue();
    }

    /** The step of the checkpoint at or before {@code step}, or null. */
    Long floorKey(long step) { return saved.floorKey(step); }

    /** The step of the checkpoint before {@code step}, or null. */
    Long lowerKey(long step) { return saved.lowerKey(step); }

    long firstKey() { return saved.firstKey(); }
}
