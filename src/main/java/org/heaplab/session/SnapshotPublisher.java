package org.heaplab.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.heaplab.runtime.Frame;
import org.heaplab.runtime.Machine;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.Snapshot.MemoryError;
import org.heaplab.trace.SnapshotBuilder;
import org.heaplab.trace.SourceRunReader;
import org.heaplab.trace.StopReason;

/**
 * What a run shows and when: the output so far, the memory errors up to where the run is, the
 * snapshot of each stop (what changed measured from the previous stop) and of an animated or
 * long run going on (progress kept to a tenth of the run's time), handed to the debugger's
 * listener. Interpreter-thread state; the output log is thread-safe.
 */
final class SnapshotPublisher {
    /** How much output a snapshot carries (older output is cut). */
    static final int MAX_OUTPUT = 4 << 20;
    private static final long PROGRESS_NANOS = 200_000_000L;

    private final Session.Prepared prepared;
    private final Debugger.Listener listener;
    private final Timeline timeline;
    /** The run's last step once it got to its end, else -1. */
    private final LongSupplier end;
    private final OutputLog output = new OutputLog(MAX_OUTPUT);
    /** The memory errors up to the furthest point the run reached; the first {@code errorCount} have happened where the run is. */
    private final List<MemoryError> errors = new ArrayList<>();
    private int errorCount;
    private SnapshotBuilder builder;
    private SourceRunReader source;
    private Snapshot last;
    private Snapshot lastStop;
    private long lastProgress;
    private long progressNanos = PROGRESS_NANOS;

    SnapshotPublisher(Session.Prepared prepared, Debugger.Listener listener, Timeline timeline, LongSupplier end) {
        this.prepared = prepared;
        this.listener = listener;
        this.timeline = timeline;
        this.end = end;
    }

    /** The run begins on {@code m}. */
    void start(Machine m) {
        builder = new SnapshotBuilder(m);
        source = new SourceRunReader(m);
    }

    /** Reads allocation sites and traces for the error cards. */
    SnapshotBuilder builder() { return builder; }

    /** The program printed {@code bytes} (any thread). */
    void write(byte[] bytes) {
        output.append(bytes);
    }

    String outputText() {
        return output.text();
    }

    /** An error happens where the run is: recorded the first time, counted again when a replay passes it. */
    void addError(MemoryError e) {
        if (errorCount < errors.size()) {
            errorCount++;
            return;
        }
        errors.add(e);
        errorCount = errors.size();
    }

    int errorCount() { return errorCount; }

    /** Back at a checkpoint: the output and the errors as they were there. */
    void rewind(long outputBytes, int errorCount) {
        output.moveTo(outputBytes);
        this.errorCount = errorCount;
    }

    /**
     * Builds a snapshot. What changed is measured from the previous stop for a stop (what the
     * steps since did), and from the previous snapshot while an animated run goes on.
     */
    Snapshot snapshot(Snapshot.RunState state, StopReason reason, Frame top, MemoryError card, int exitCode) {
        Machine m = prepared.machine();
        // how far the run got: told to the timeline when it is shown, not at every statement
        if (end.getAsLong() < 0) timeline.reached(m.vm().steps(), false);
        var stop = new SnapshotBuilder.Stop(m.vm().steps(), state, reason, top, outputText(), List.copyOf(errors.subList(0, errorCount)), card,
                exitCode);
        boolean isStop = state != Snapshot.RunState.RUNNING;
        Snapshot s;
        try {
            s = builder.build(stop, isStop ? lastStop : last);
            if (isStop) s = s.withSource(source.read(state == Snapshot.RunState.PAUSED ? top : null, state == Snapshot.RunState.PAUSED ? s.top() : null));
        } catch (RuntimeException | StackOverflowError e) {
            // a state the lab cannot read must not end the run or leave the window waiting
            String why = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
            s = new Snapshot(stop.step(), state, new StopReason.Unreadable(reason, why), card == null ? null : card.at(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, stop.output(), stop.errors(), card, exitCode,
                    Snapshot.Changes.NONE);
        }
        last = s;
        if (isStop) lastStop = s;
        return s;
    }

    void publish(Snapshot s) {
        listener.snapshot(s);
    }

    /** The run goes on now: progress is next due a while from here. */
    void resetProgressClock() {
        lastProgress = System.nanoTime();
    }

    /** An animated run: a snapshot at this statement, then a wait to keep to {@code stepsPerSecond}. */
    void animate(Frame frame, int stepsPerSecond) {
        publish(snapshot(Snapshot.RunState.RUNNING, new StopReason.Running(), frame, null, -1));
        pacer.tick(stepsPerSecond);
    }

    /** An animated run's beat; restarted when the run pauses or goes to full speed. */
    private final Pacer pacer = new Pacer(System::nanoTime, SnapshotPublisher::sleepNanos);

    private static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A run at full speed: a snapshot now and then, so the window sees it go on. */
    void progressIfDue(Frame frame, long step) {
        pacer.reset();
        if ((step & 0x3FF) != 0 || System.nanoTime() - lastProgress <= progressNanos) return;
        long t = System.nanoTime();
        publish(snapshot(Snapshot.RunState.RUNNING, new StopReason.Running(), frame, null, -1));
        lastProgress = System.nanoTime();
        // a big heap makes snapshots slow: keep them to a tenth of the run's time
        progressNanos = Math.max(PROGRESS_NANOS, 10 * (lastProgress - t));
    }
}
