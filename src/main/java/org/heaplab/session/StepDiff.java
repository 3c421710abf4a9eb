package org.heaplab.session;

import org.heaplab.trace.Snapshot;
import org.heaplab.trace.SnapshotDiff;

/**
 * What happened between two steps of a program's run: the run is replayed (it is deterministic)
 * on a debugger of its own, paused at the first step and then at the second, and the two
 * snapshots compared ({@link SnapshotDiff}). Used by {@code heaplab replay --diff} and the
 * window's Diff view for a range of the timeline.
 */
public final class StepDiff {
    private StepDiff() {}

    /** Thrown when the replay does not get to a step within the time given. */
    public static final class TooSlow extends Exception {
        public TooSlow(long step) { super("the replay did not get to step " + step + " in time"); }
    }

    /**
     * The difference between steps {@code a} and {@code b} (in either order) of the run of
     * {@code text}; a step past the run's end is its end. Blocks for at most {@code timeoutMillis} a step.
     */
    public static SnapshotDiff between(String fileName, String text, Session.Mode mode, RunSettings settings, long a, long b, long timeoutMillis)
            throws InterruptedException, TooSlow {
        Snapshot[] at = snapshots(fileName, text, mode, settings, Math.min(a, b), Math.max(a, b), timeoutMillis);
        return SnapshotDiff.between(at[0], at[1]);
    }

    /** The snapshots at steps {@code lo} and {@code hi} (lo <= hi) of one replay. */
    static Snapshot[] snapshots(String fileName, String text, Session.Mode mode, RunSettings settings, long lo, long hi, long timeoutMillis)
            throws InterruptedException, TooSlow {
        var stops = new StopQueue();
        Debugger d = Debugger.prepare(fileName, text, mode, settings, stops);
        try {
            d.setStopOnErrors(false);
            d.start(Debugger.Command.STEP_INTO);
            Snapshot first = stops.next(timeoutMillis);
            if (first == null) throw new TooSlow(1);
            Snapshot sa = at(d, stops, first, lo, timeoutMillis);
            Snapshot sb = at(d, stops, sa, hi, timeoutMillis);
            return new Snapshot[] {sa, sb};
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    private static Snapshot at(Debugger d, StopQueue stops, Snapshot here, long step, long timeoutMillis) throws InterruptedException, TooSlow {
        if (here.step() == step || here.state() == Snapshot.RunState.FINISHED && step >= here.step()) return here;
        d.seek(step);
        Snapshot s = stops.next(timeoutMillis);
        if (s == null) throw new TooSlow(step);
        return s;
    }
}
