package org.heaplab.ui.diff;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.SnapshotDiff;

/**
 * The Diff view: what happened between two moments of the run. "Since the last stop" compares
 * the previous stop's snapshot with the current one (both at hand, so at once); a range of steps
 * replays the run to both steps off the JavaFX thread ({@link Replayer}) and shows the result
 * when it comes. The view shows a line per change, as {@code heaplab replay --diff} prints them.
 */
public final class DiffViewModel {
    /** Prepares, on the JavaFX thread, the replay that compares two steps; the job runs on a worker thread. */
    public interface Replayer {
        Callable<SnapshotDiff> between(long from, long to);
    }

    private final Executor background;
    private final Executor ui;
    private final Replayer replayer;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Run or step the program, then compare two moments.");
    private final ReadOnlyObjectWrapper<SnapshotDiff> diff = new ReadOnlyObjectWrapper<>(this, "diff");
    private Snapshot previousStop;
    private Snapshot lastStop;
    /** Counts the comparisons asked for, so only the latest replay's answer is shown. */
    private long generation;

    public DiffViewModel(Executor background, Executor ui, Replayer replayer) {
        this.background = background;
        this.ui = ui;
        this.replayer = replayer;
    }

    public ObservableList<String> lines() { return lines; }

    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<SnapshotDiff> diffProperty() { return diff.getReadOnlyProperty(); }

    /** The step of the stop before the current one (0: none), the default start of a range. */
    public long previousStep() { return previousStop == null ? 0 : previousStop.step(); }

    /** The current stop's step (0: none), the default end of a range. */
    public long currentStep() { return lastStop == null ? 0 : lastStop.step(); }

    /** A new snapshot: a stop (paused or finished) becomes the last stop; a new run forgets the old stops. */
    public void show(Snapshot s) {
        if (s == null || s.state() == Snapshot.RunState.RUNNING || s.state() == Snapshot.RunState.READY) return;
        if (lastStop != null && s.step() == lastStop.step()) {
            lastStop = s;
            return;
        }
        if (lastStop != null && s.step() < lastStop.step() && s.step() <= 1) previousStop = null;
        else previousStop = lastStop;
        lastStop = s;
    }

    /** Compares the last stop with the one before it. */
    public void sinceLastStop() {
        generation++;
        if (lastStop == null) {
            publish(null, "Nothing has run yet: run or step the program first.");
            return;
        }
        if (previousStop == null) {
            publish(null, "This is the run's first stop: step once more to see what the step did.");
            return;
        }
        SnapshotDiff d = SnapshotDiff.between(previousStop, lastStop);
        publish(d, "Since the last stop (step " + d.from() + " to step " + d.to() + ")");
    }

    /** Compares two steps of the run, replaying it off the JavaFX thread. */
    public void between(long from, long to) {
        long mine = ++generation;
        if (from < 0 || to < 0) {
            publish(null, "Steps are 0 or more.");
            return;
        }
        summary.set("Replaying the run to steps " + Math.min(from, to) + " and " + Math.max(from, to) + "...");
        lines.clear();
        Callable<SnapshotDiff> job = replayer.between(from, to);
        background.execute(() -> {
            SnapshotDiff d;
            String problem = null;
            try {
                d = job.call();
            } catch (Exception e) {
                d = null;
                problem = "Could not compare the steps: " + e.getMessage();
            }
            SnapshotDiff result = d;
            String text = problem != null ? problem : "From step " + (d == null ? from : d.from()) + " to step " + (d == null ? to : d.to());
            ui.execute(() -> {
                if (mine == generation) publish(result, text);
            });
        });
    }

    private void publish(SnapshotDiff d, String heading) {
        diff.set(d);
        if (d == null) {
            summary.set(heading);
            lines.clear();
            return;
        }
        List<String> all = d.lines();
        summary.set(heading + ": " + all.get(0).substring(all.get(0).indexOf(':') + 2));
        lines.setAll(all.subList(1, all.size()));
    }
}
