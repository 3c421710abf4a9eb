package org.heaplab.scenario;

import java.util.List;
import java.util.Set;
import org.heaplab.session.Debugger;
import org.heaplab.session.RunSettings;
import org.heaplab.session.StopQueue;
import org.heaplab.trace.Snapshot;

/**
 * A scenario's program run headless as the walkthrough runs it in the window: each
 * {@code run to} goes on from where the run is to its target, and checks look at where it
 * stopped. Used by {@link Verifier} and by "check my fix".
 */
public final class Walk implements AutoCloseable {
    /** How long one leg of a run may take before the walk gives up. */
    static final long TIMEOUT_MILLIS = 60_000;

    private final Debugger debugger;
    private final StopQueue stops = new StopQueue();
    private boolean started;
    private Snapshot current;

    /** The settings scenarios run with, in the window too: Zig's defaults, with a time limit. */
    public static RunSettings settings() {
        RunSettings d = RunSettings.defaults();
        return new RunSettings(d.stackBytes(), d.memoryBytes(), 0, 30_000, d.maxOutputBytes());
    }

    /** The settings a scenario's runs get: {@link #settings()}, failing the allocation its header names ({@code fail: allocation N}). */
    public static RunSettings settings(Scenario s) {
        return s.failAllocation() > 0 ? settings().withFailures(s.failAllocation(), 0, false, "root") : settings();
    }

    public Walk(Scenario s, String text) {
        debugger = Debugger.prepare(s.programName(), text, s.mode(), settings(s), stops);
    }

    /** Where the run is: null before the first {@code run to}. */
    public Observed observed() {
        return new Observed(current, debugger.compilation(), debugger.history());
    }

    public boolean ended() {
        return current != null && current.state() == Snapshot.RunState.FINISHED;
    }

    /** Runs on to {@code target}; returns the stop it got to (the target, or another stop, or the end). */
    public Snapshot runTo(Target target) throws InterruptedException {
        if (ended()) return current;
        var bp = target.breakpoint();
        debugger.setEventBreakpoints(bp == null ? List.of() : List.of(bp));
        debugger.setBreakpoints(Set.of());
        if (!started) {
            started = true;
            if (target instanceof Target.Line l) debugger.startRunningTo(l.line());
            else debugger.start(Debugger.Command.CONTINUE);
        } else if (target instanceof Target.Line l) {
            debugger.runToLine(l.line());
        } else {
            debugger.send(Debugger.Command.CONTINUE);
        }
        current = next();
        // the end is the end: memory errors that pause the run on the way are passed
        while (target instanceof Target.End && current.state() == Snapshot.RunState.PAUSED) {
            debugger.send(Debugger.Command.CONTINUE);
            current = next();
        }
        return current;
    }

    private Snapshot next() throws InterruptedException {
        Snapshot s = stops.next(TIMEOUT_MILLIS);
        if (s == null) throw new IllegalStateException("the run did not stop within " + TIMEOUT_MILLIS / 1000 + " s");
        return s;
    }

    /** Runs {@code text} to its end, passing every pause, and says what the end looks like. */
    public static Observed toEnd(Scenario s, String text) throws InterruptedException {
        try (var w = new Walk(s, text)) {
            w.runTo(new Target.End());
            return w.observed();
        }
    }

    @Override
    public void close() {
        debugger.send(Debugger.Command.STOP);
    }
}
