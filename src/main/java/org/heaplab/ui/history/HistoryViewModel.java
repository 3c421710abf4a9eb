package org.heaplab.ui.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.heaplab.session.BlockEvent;
import org.heaplab.session.Hop;
import org.heaplab.session.Write;
import org.heaplab.session.WriteHistory;
import org.heaplab.session.Writer;
import org.heaplab.ui.common.TaskRunner;

/**
 * The History tab's answers: the last write of the bytes asked about (with "next write" from
 * there), the origin chain of a value, a block's life. Each entry is a sentence, the line's text
 * and a link to its step. The history is read on a worker lane (a query scans the run's writes),
 * the answer set on the JavaFX thread. What is asked is kept, so "next write" goes on from the
 * last answer.
 */
public final class HistoryViewModel {
    /** The empty state's words. */
    public static final String EMPTY = "Pick a value in Stack, the picture or the bytes and ask where it was written.";

    /** One answer line: a sentence, the line of code it is about (or ""), and where its link goes (null: no link). */
    public record Entry(String text, String code, String link, Runnable go) {}

    /** Where answers lead (the lab's time travel). */
    public interface Travel {
        void goToWrite(Write w);

        void seekAfter(long step, String reason);
    }

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper(this, "canNext", false);
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final TaskRunner.Lane lane;
    private final Supplier<WriteHistory> history;
    private final Travel travel;
    private long asked;
    /** The bytes of the last "where was this written?", and the step its latest answer is at, for "next write". */
    private long address, length, from = -1;
    private String label;

    public HistoryViewModel(TaskRunner.Lane lane, Supplier<WriteHistory> history, Travel travel) {
        this.lane = lane;
        this.history = history;
        this.travel = travel;
    }

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    public ObservableList<Entry> entries() { return entries; }

    /** Whether "next write" has something to go on from. */
    public ReadOnlyBooleanProperty canNextProperty() { return canNext.getReadOnlyProperty(); }

    /** Where {@code [address, address+length)} was last written before the pause at {@code step}. */
    public void lastWrite(String label, long address, long length, long step) {
        this.label = label;
        this.address = address;
        this.length = length;
        this.from = step;
        ask("Where was " + label + " written?", h -> {
            Optional<Write> w = h.lastWrite(address, length, step + 1);
            if (w.isEmpty()) return List.of(new Entry("Nothing the history holds wrote " + label + " before step " + step + ".", "", null, null));
            return List.of(writeEntry(w.get()));
        }, true);
    }

    /** The first write after the last answer's step (or the pause the question was asked at). */
    public void nextWrite(long step) {
        if (label == null) return;
        long after = Math.max(from, step);
        ask("Next write of " + label + " after step " + after, h -> {
            Optional<Write> w = h.nextWrite(address, length, after);
            if (w.isEmpty()) return List.of(new Entry("No write of " + label + " after step " + after + " (so far: the run has not gone on past the end, or nothing wrote it since).", "", null, null));
            from = w.get().step();
            return List.of(writeEntry(w.get()));
        }, true);
    }

    /** Where the value in {@code [address, address+length)} came from, at the pause at {@code step}. */
    public void origin(String label, long address, long length, long step) {
        this.label = null;
        ask("Where did " + label + " come from?", h -> {
            List<Hop> hops = h.origin(address, length, step + 1);
            List<Entry> out = new ArrayList<>();
            if (hops.isEmpty()) out.add(new Entry("Nothing the history holds wrote " + label + " before step " + step + ".", "", null, null));
            for (int i = 0; i < hops.size(); i++) {
                Hop hop = hops.get(i);
                Write w = hop.write();
                String how = i == hops.size() - 1 ? hop.how() : hop.how();
                out.add(new Entry((i + 1) + ". " + w.where() + (w.function() == null || w.function().isEmpty() ? "" : " in " + w.function()) + ": " + how,
                        code(w), "step " + w.step(), () -> travel.goToWrite(w)));
            }
            return out;
        }, false);
    }

    /** The life of the block at {@code blockAddress} up to the pause at {@code step}. */
    public void blockLife(String label, long blockAddress, long step) {
        this.label = null;
        ask("The life of " + label, h -> {
            List<BlockEvent> life = h.blockLife(blockAddress, step + 1);
            List<Entry> out = new ArrayList<>();
            if (life.isEmpty()) out.add(new Entry("The history holds nothing about " + label + ".", "", null, null));
            for (BlockEvent e : life) {
                String where = e.line() > 0 ? e.file() + ":" + e.line() : "";
                out.add(new Entry(e.text(), where, "step " + e.step(), () -> travel.seekAfter(e.step(), e.text())));
            }
            return out;
        }, false);
    }

    /** A new run: no answer stands for it. */
    public void clear() {
        asked++;
        label = null;
        title.set("");
        entries.clear();
        canNext.set(false);
    }

    private void ask(String question, java.util.function.Function<WriteHistory, List<Entry>> query, boolean next) {
        long id = ++asked;
        title.set(question);
        canNext.set(false);
        WriteHistory h = history.get();
        if (h == null) {
            entries.setAll(new Entry("Run or step the program first: the history is recorded as it runs.", "", null, null));
            return;
        }
        entries.setAll(new Entry("Looking through the run's writes...", "", null, null));
        lane.submit(() -> {
            try {
                return query.apply(h);
            } catch (RuntimeException e) {
                return List.of(new Entry("Heap Lab could not read the history: " + e.getMessage(), "", null, null));
            }
        }, (List<Entry> answer) -> {
            if (id != asked) return; // a newer question was asked meanwhile
            entries.setAll(answer);
            canNext.set(next);
        });
    }

    private Entry writeEntry(Write w) {
        return new Entry(capitalize(w.describe()) + (w.writer() == Writer.ALLOCATOR_FREE ? ": 0xAA marks freed memory, so reading it is a use after free." : "."),
                code(w), "go to step " + w.step(), () -> travel.goToWrite(w));
    }

    private static String code(Write w) {
        return w.lineText() == null ? "" : w.lineText().strip();
    }

    /** A sentence's first word capitalized, but not a file name ("main.zig:12 wrote..."). */
    private static String capitalize(String s) {
        return s.startsWith("the ") ? "T" + s.substring(1) : s;
    }
}
