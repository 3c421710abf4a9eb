package org.heaplab.session;

import java.util.List;
import java.util.Optional;
import org.heaplab.trace.StopReason;

/**
 * Watchpoints for the debugger: a write to a watched range going forward leaves a stop pending
 * (made at the next statement of the user's code, as an event breakpoint's is); going backward,
 * the write history gives the previous write to any watched range, and the run lands just after
 * it. A reverse continue from where the last one landed looks before that write, so repeating it
 * walks back through the writes one by one. Interpreter-thread state, but for the list.
 */
final class Watches {
    private final WriteHistory history;
    private volatile List<Watchpoint> list = List.of();
    private StopReason pending;
    /** Where the last reverse continue landed and the step of the write it landed after. */
    private long landedAt = -1, landedAfter = -1;

    Watches(WriteHistory history) { this.history = history; }

    void set(List<Watchpoint> w) { list = List.copyOf(w); }

    List<Watchpoint> list() { return list; }

    /** A watched range was written by {@code file}:{@code line} (line 0: by the start-up code, named as the file). */
    void hit(Watchpoint w, String file, int line, long step) {
        if (pending != null) return;
        pending = new StopReason.Watchpoint(w.label(), file, line);
        pendingWrite = step;
    }

    /** The step of the write the pending stop is for. */
    private long pendingWrite = -1;

    boolean hasPending() { return pending != null; }

    /** The pending stop, made at {@code step}: a reverse continue from there looks before the write it is for. */
    StopReason takePending(long step) {
        landedAt = step;
        landedAfter = pendingWrite;
        StopReason p = pending;
        pending = null;
        return p;
    }

    void clearPending() { pending = null; }

    /** The latest write to a watched range before a pause at {@code here}, or empty. */
    Optional<Write> previous(long here) {
        long before = here == landedAt && landedAfter >= 0 ? landedAfter : here;
        Write best = null;
        for (Watchpoint w : list) {
            Optional<Write> x = history.lastWrite(w.address(), w.length(), before);
            if (x.isPresent() && (best == null || x.get().step() > best.step())) best = x.get();
        }
        return Optional.ofNullable(best);
    }

    /** The label of the watchpoint a write touched. */
    String labelOf(Write w) {
        for (Watchpoint p : list) if (p.overlaps(w.address(), w.length())) return p.label();
        return String.format("0x%x", w.address());
    }

    /** A reverse continue may land after {@code w}; remembered when it arrives there (not at a breakpoint). */
    private long goingAfter = -1;

    void going(Write w) { goingAfter = w.step(); }

    void arrived(long step, String reason) {
        if (goingAfter >= 0 && reason != null && reason.startsWith("watchpoint:")) {
            landedAt = step;
            landedAfter = goingAfter;
        }
        goingAfter = -1;
    }
}
