package org.heaplab.ui.faults;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.session.faults.Compare;
import org.heaplab.session.faults.RunFacts;

/**
 * The Compare view's state: a row per allocator the program ran on, added as each run ends (the
 * runs are on a worker thread), with its live-bytes timeline.
 */
public final class CompareViewModel {
    /** One allocator's run, as the table shows it; {@code timeline} holds (step, live bytes) pairs. */
    public record Row(Compare.Choice choice, String output, int exit, long peakLive, long peakOs, long calls, long refused, String reported,
                      String unseen, long millis, List<long[]> timeline) {
        public String allocator() { return choice.label(); }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Compare runs the program on other allocators, its text unchanged.");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final Executor worker;
    private final Executor ui;
    private volatile boolean cancelled;
    private int compareId;

    CompareViewModel(Executor worker, Executor ui) {
        this.worker = worker;
        this.ui = ui;
    }

    public ObservableList<Row> rows() { return rows; }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** Compares (called on the FX thread); {@code with} is the list {@code heaplab compare --with} takes. */
    public void start(String fileName, String text, Session.Mode mode, RunSettings settings, String with) {
        List<Compare.Choice> choices;
        try {
            choices = Compare.choices(with);
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        cancelled = true;
        int id = ++compareId;
        rows.clear();
        running.set(true);
        status.set("Running on " + choices.getFirst().label() + "...");
        cancelled = false;
        worker.execute(() -> {
            Compare.Result r;
            // which row is the first is counted here, on the worker: the list fills later, on the UI thread
            int[] done = {0};
            try {
                r = Compare.run(fileName, text, mode, settings, choices, row -> {
                    Row shown = row(row, done[0]++ == 0);
                    ui.execute(() -> {
                        if (id != compareId) return;
                        rows.add(shown);
                        status.set("Ran on " + rows.size() + " of " + choices.size() + " allocators...");
                    });
                }, () -> cancelled || id != compareId);
            } catch (RuntimeException e) {
                ui.execute(() -> finish(id, "Heap Lab could not compare: " + e));
                return;
            }
            ui.execute(() -> finish(id, r.compilation().ok() ? "Ran on " + r.rows().size() + " allocators. Double-click a row to open its run."
                    : "The program does not compile: see Problems."));
        });
    }

    private static Row row(Compare.Row r, boolean first) {
        RunFacts f = r.facts();
        return new Row(r.choice(), first ? "(first)" : r.sameOutput() ? "same" : "differs", f.exitCode(), f.peakLiveBytes(), f.peakOsBytes(),
                f.calls(), f.refused(), r.reportedText(), r.unseenText(), f.millis(), f.liveTimeline());
    }

    private void finish(int id, String text) {
        if (id != compareId) return;
        running.set(false);
        status.set(text);
    }

    public void cancel() { cancelled = true; }
}
