package org.heaplab.ui.stack;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.SourcePos;
import org.heaplab.trace.ProgramNames;

/** The Stack pane's rows: each user frame (innermost first) with its locals, and which changed. */
public final class StackViewModel {
    /** A local as the table shows it. */
    public record LocalRow(String key, String name, String type, String address, long size, String value, long pointsTo, boolean changed,
                           boolean parameter, List<LocalRow> parts) {}

    /** A frame: "main (line 20)"; a frame in another file names it: "append (array_list.zig:120)". */
    public record FrameRow(String key, String title, SourcePos position, List<LocalRow> locals) {}

    private final ObservableList<FrameRow> frames = FXCollections.observableArrayList();

    public ObservableList<FrameRow> frames() { return frames; }

    public void show(Snapshot s) {
        List<FrameRow> rows = new ArrayList<>();
        if (s != null) {
            var names = ProgramNames.of(s);
            for (Snapshot.StackFrame f : s.frames()) {
                List<LocalRow> locals = rows(f.locals(), s.changes().locals(), names);
                String where = f.position() == null ? "" : " (" + names.where(f.position()) + ")";
                rows.add(new FrameRow(f.key(), names.strip(f.function()) + where, f.position(), List.copyOf(locals)));
            }
        }
        frames.setAll(rows);
    }

    private static List<LocalRow> rows(List<Snapshot.Local> locals, java.util.Set<String> changed, ProgramNames names) {
        List<LocalRow> out = new ArrayList<>();
        for (Snapshot.Local l : locals) {
            out.add(new LocalRow(l.key(), l.name(), names.strip(l.type()), "0x" + Long.toHexString(l.address()), l.size(), names.strip(l.value()),
                    l.pointsTo(), changed.contains(l.key()), l.parameter(), rows(l.parts(), changed, names)));
        }
        return List.copyOf(out);
    }

    /** The row of a local (or one of its parts) by key, or null. */
    public LocalRow local(String key) {
        for (FrameRow f : frames) {
            LocalRow r = find(f.locals(), key);
            if (r != null) return r;
        }
        return null;
    }

    private static LocalRow find(List<LocalRow> rows, String key) {
        for (LocalRow l : rows) {
            if (l.key().equals(key)) return l;
            LocalRow r = find(l.parts(), key);
            if (r != null) return r;
        }
        return null;
    }
}
