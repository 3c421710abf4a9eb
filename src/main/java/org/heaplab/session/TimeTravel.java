package org.heaplab.session;

import org.heaplab.runtime.Frame;
import org.heaplab.runtime.Vm;
import org.heaplab.trace.Reachability;
import org.heaplab.trace.Snapshot.MemoryError;

/**
 * Going back and forth in a run, on the interpreter thread: the trip under way ({@link Travel}),
 * where each kind of trip lands (a seek, the first statement after a step, a step back that
 * passes over calls as a step over does, the binary search for where a block's last pointer was
 * lost), and when to rewind to a checkpoint rather than run on. A rewind is a {@link Rewind}
 * thrown out of the step hook; the debugger's run loop restores the checkpoint and resumes.
 * The trip ends in a pause, which the debugger makes ({@link Arrival}).
 */
final class TimeTravel {
    /** Pauses the run where a trip ends. */
    interface Arrival {
        void arrive(Frame frame, String reason, MemoryError card);
    }

    /**
     * Thrown out of the step hook to go back in the run: the interpreter's Java stack unwinds to
     * the debugger's run loop, which restores the checkpoint at or before {@code to} and resumes.
     * An Error, not an exception, so that nothing on the way (the runner, the session) takes it
     * for the program's end.
     */
    static final class Rewind extends Error {
        final long to;

        Rewind(long to) {
            super(null, null, false, false);
            this.to = to;
        }
    }

    private final Session.Prepared prepared;
    private final Checkpoints checkpoints;
    private final Arrival arrival;
    private Travel travel;

    TimeTravel(Session.Prepared prepared, Checkpoints checkpoints, Arrival arrival) {
        this.prepared = prepared;
        this.checkpoints = checkpoints;
        this.arrival = arrival;
    }

    boolean active() { return travel != null; }

    /** The kind of the trip under way (a step back's scan must see every statement), or null. */
    Travel.Kind kind() {
        Travel t = travel;
        return t == null ? null : t.kind;
    }

    /** The step the trip under way needs the run at next. */
    long next() { return travel.next(); }

    /** Takes up a trip whose start the caller has made (a rewind after the run's end). */
    void set(Travel t) { travel = t; }

    void clear() { travel = null; }

    /** Starts a trip from a pause at {@code here}; throws a {@link Rewind} unless the run goes on forward from here. */
    void begin(Travel t, long here) {
        t = t.from(here);
        travel = t;
        long next = t.next();
        // back, or far forward past a checkpoint: restore the nearest checkpoint instead of running all the way
        Long nearest = checkpoints.floorKey(next);
        if (t.kind == Travel.Kind.SCAN || next <= here || nearest != null && nearest > here) throw new Rewind(next);
    }

    /** The run got to its end: a step back's scan that ran into it decides where to land (thrown). */
    void endReached() {
        Travel t = travel;
        if (t != null && t.kind == Travel.Kind.REVERSE) {
            reverseTarget(t);
            return;
        }
        if (t == null || t.kind != Travel.Kind.SCAN) return;
        long to = stepBackTarget(t);
        travel = new Travel(Travel.Kind.SEEK, to, t.reason);
        throw new Rewind(to);
    }

    /**
     * The scan a step back makes from before step {@code end}, where {@code frame} is (null: the
     * run's end, where no line is left to skip); null when no checkpoint lies before it.
     */
    Travel stepBackFrom(long end, Frame frame) {
        Long from = checkpoints.lowerKey(end);
        if (from == null) return null;
        Travel t = new Travel(Travel.Kind.SCAN, end, "stepped back");
        Frame user = UserFrames.userFrame(frame);
        t.depth = user == null ? -1 : UserFrames.depth(user);
        t.line = user == null ? -1 : UserFrames.lineOf(user);
        t.scanFrom = from;
        return t;
    }

    /**
     * A reverse continue with breakpoints set, from before step {@code end}: scans back window by
     * window (checkpoint to checkpoint) for the latest statement at a breakpoint line, and lands
     * there or just after the watched write at {@code writeStep} (-1: none), whichever is later.
     * Null when no checkpoint lies before {@code end}.
     */
    Travel reverseFrom(long end, long here, long writeStep, String writeReason, java.util.Set<Integer> lines) {
        Long from = checkpoints.lowerKey(end);
        if (from == null) return null;
        Travel t = new Travel(Travel.Kind.REVERSE, end, "breakpoint");
        t.scanFrom = from;
        t.answer = writeStep;
        t.writeReason = writeReason;
        t.lines = lines;
        t.hi = here;
        return t;
    }

    /** Where a reverse continue's scan of one window leads (thrown, or an arrival when it is here). */
    private void reverseTarget(Travel t) {
        if (t.lo > 0 && t.lo > t.answer) {
            travel = new Travel(Travel.Kind.SEEK, t.lo, "breakpoint");
            throw new Rewind(t.lo);
        }
        Long earlier = checkpoints.lowerKey(t.scanFrom);
        if (t.lo == 0 && t.answer < t.scanFrom && earlier != null) {
            // nothing in this window, and the write (if any) lies before it: scan the one before,
            // twice as long (a far hit costs a few restores, not one per checkpoint), never
            // further back than the write (an earlier hit would not be the later of the two)
            long size = Math.max(1, t.target - t.scanFrom) * 2;
            t.target = t.scanFrom;
            long want = Math.max(t.target - size, Math.max(1, t.answer));
            Long from = checkpoints.floorKey(want);
            t.scanFrom = from != null && from < t.target ? from : earlier;
            throw new Rewind(t.scanFrom);
        }
        if (t.answer >= 0) {
            travel = new Travel(Travel.Kind.AFTER, t.answer, t.writeReason);
            throw new Rewind(t.answer + 1);
        }
        travel = new Travel(Travel.Kind.SEEK, t.hi, "no breakpoint or watched write before");
        throw new Rewind(t.hi);
    }

    /** The hook during a trip: record, probe, or stop where the trip ends. */
    void step(Vm vm, Frame frame, long step, MemoryError card) {
        Travel t = travel;
        switch (t.kind) {
            case SEEK -> {
                if (step >= t.target) arrive(frame, t.reason, card);
            }
            case AFTER -> {
                if (step <= t.target) return;
                if (frame.function().isLibrary()) {
                    vm.setHookEveryStatement(true);
                    return;
                }
                arrive(frame, t.reason, card);
            }
            case SCAN -> {
                if (step < t.target) {
                    if (!frame.function().isLibrary()) t.see(step, UserFrames.depth(frame), UserFrames.lineOf(frame));
                    return;
                }
                long to = stepBackTarget(t);
                if (to < 0) return; // widened: the scan starts again further back (thrown)
                travel = new Travel(Travel.Kind.SEEK, to, t.reason);
                if (to < step) throw new Rewind(to);
                arrive(frame, t.reason, card);
            }
            case REVERSE -> {
                if (step < t.target) {
                    if (!frame.function().isLibrary() && t.lines.contains(UserFrames.lineOf(frame))) t.lo = step;
                    return;
                }
                reverseTarget(t);
            }
            case PROBE -> {
                // judged at statements of the user's code only: a std frame's memory holds stale copies of pointers
                if (step < t.next()) return;
                if (frame.function().isLibrary()) {
                    vm.setHookEveryStatement(true);
                    return;
                }
                if (step >= t.answer) {
                    // no statement of the user's code between the probe and the answer: search below the probe
                    t.hi = t.next();
                } else if (Reachability.reachable(prepared.machine(), frame, t.address)) {
                    t.lo = step;
                } else {
                    t.hi = step;
                    t.answer = step;
                }
                vm.setHookEveryStatement(false);
                if (t.hi - t.lo <= 1) {
                    travel = new Travel(Travel.Kind.SEEK, t.answer, t.reason + " by the statement before");
                    if (t.answer < step) throw new Rewind(t.answer);
                    arrive(frame, travel.reason, card);
                    return;
                }
                Long nearest = checkpoints.floorKey(t.next());
                if (t.next() < step || nearest != null && nearest > step) throw new Rewind(t.next());
            }
        }
    }

    /** Where a step back lands, from what the scan saw; -1 after starting a wider scan. */
    private long stepBackTarget(Travel t) {
        int i = t.seenCount - 1;
        // as a step over goes forward, a step back passes over calls: lines of deeper frames are skipped
        while (i >= 0 && (t.sameAt(i, t.depth, t.line) || t.depth >= 0 && t.seen[i * 3 + 1] > t.depth)) i--;
        if (i < 0) {
            Long earlier = checkpoints.lowerKey(t.scanFrom);
            if (earlier != null) return widen(t, earlier);
            return t.seenCount > 0 ? t.seen[0] : t.target;
        }
        long d = t.seen[i * 3 + 1], l = t.seen[i * 3 + 2];
        int j = i;
        while (j > 0 && t.sameAt(j - 1, d, l)) j--;
        if (j == 0 && t.seen[0] > checkpoints.firstKey() && t.scanFrom == checkpoints.floorKey(t.scanFrom)) {
            Long earlier = checkpoints.lowerKey(t.scanFrom);
            if (earlier != null && t.target - earlier < 64 * (t.target - t.scanFrom + 1)) return widen(t, earlier);
        }
        return t.seen[j * 3];
    }

    private long widen(Travel t, long earlier) {
        t.scanFrom = earlier;
        t.seenCount = 0;
        throw new Rewind(earlier);
    }

    /** The end of a trip: the debugger pauses here. */
    private void arrive(Frame frame, String reason, MemoryError card) {
        travel = null;
        arrival.arrive(frame, reason, card);
    }
}
