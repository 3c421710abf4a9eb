package org.heaplab.ui.stack;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.SourcePos;

/** The Stack pane's rows: each user frame (innermost first) with its locals, and which changed. */
public final class StackViewModel {
    /** A local as the table shows it. */
    public record LocalRow(String key, String name, String type, String address, long size, String value, long pointsTo, boolean changed,
                           boolean parameter) {}

    /** A frame: "main (main.zig:20)". */
    public record FrameRow(String key, String title, SourcePos position, List<LocalRow> locals) {}

    private final ObservableList<FrameRow> frames = FXCollections.observableArrayList();

    public ObservableList<FrameRow> frames() { return frames; }

    public void show(Snapshot s) {
        List<FrameRow> rows = new ArrayList<>();
        if (s != null) {
            for (Snapshot.StackFrame f : s.frames()) {
                List<LocalRow> locals = new ArrayList<>();
                for (Snapshot.Local l : f.locals()) {
                    locals.add(new LocalRow(l.key(), l.name(), l.type(), "0x" + Long.toHexString(l.address()), l.size(), l.value(), l.pointsTo(),
                            s.changes().locals().contains(l.key()), l.parameter()));
                }
                String where = f.position() == null ? "" : " (" + f.position().shortText() + ")";
                rows.add(new FrameRow(f.key(), f.function() + where, f.position(), List.copyOf(locals)));
            }
        }
        frames.setAll(rows);
    }

    /** The row of a local by key, or null. */
    public LocalRow local(String key) {
        for (FrameRow f : frames) for (LocalRow l : f.locals()) if (l.key().equals(key)) return l;
        return null;
    }
}
