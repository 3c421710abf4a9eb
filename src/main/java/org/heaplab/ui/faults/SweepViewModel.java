package org.heaplab.ui.faults;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.session.faults.Sweep;

/**
 * The Sweep view's state: one row per allocation point, filled in as the sweep runs each one
 * (on a worker thread), and a line saying where the sweep is or what it found.
 */
public final class SweepViewModel {
    /** One allocation point: the Nth request, where it was made, and how the program took its failure. */
    public record Row(long index, String where, String function, String outcome, boolean clean, String target, long step) {}

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Sweep fails each allocation of the program in turn, one run each.");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final Executor worker;
    private final Executor ui;
    private volatile boolean cancelled;
    private int sweepId;

    SweepViewModel(Executor worker, Executor ui) {
        this.worker = worker;
        this.ui = ui;
    }

    public ObservableList<Row> rows() { return rows; }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** Sweeps the program (called on the FX thread); a sweep in progress is cancelled first. */
    public void start(String fileName, String text, Session.Mode mode, RunSettings settings, String target) {
        cancelled = true;
        int id = ++sweepId;
        rows.clear();
        running.set(true);
        status.set("Counting the allocations...");
        cancelled = false;
        worker.execute(() -> {
            Sweep.Result r;
            try {
                r = Sweep.run(fileName, text, mode, settings, target, Sweep.DEFAULT_MAX_POINTS, p -> ui.execute(() -> {
                    if (id != sweepId) return;
                    rows.add(new Row(p.index(), p.where(), p.function(), p.facts().verdict(), p.facts().clean(), target, p.step()));
                    status.set("Sweeping: " + rows.size() + " allocation points done...");
                }), () -> cancelled || id != sweepId);
            } catch (RuntimeException e) {
                ui.execute(() -> finish(id, "Heap Lab could not sweep this program: " + e));
                return;
            }
            ui.execute(() -> finish(id, summary(r)));
        });
    }

    private void finish(int id, String text) {
        if (id != sweepId) return;
        running.set(false);
        status.set(text);
    }

    static String summary(Sweep.Result r) {
        if (!r.compilation().ok()) return "The program does not compile: see Problems.";
        if (r.total() == 0) return "No allocation reaches the allocator: nothing to fail. Without a failure: " + r.baseline().verdict() + ".";
        long clean = r.points().stream().filter(p -> p.facts().clean()).count();
        return r.points().size() + " allocation points: " + clean + " clean, " + (r.points().size() - clean) + " not. Without a failure: "
                + r.baseline().verdict() + ". Double-click a row to run it, paused where the allocation failed.";
    }

    /** Stops the sweep after the run in progress. */
    public void cancel() {
        cancelled = true;
    }
}
