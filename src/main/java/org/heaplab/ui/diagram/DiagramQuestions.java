package org.heaplab.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuItem;
import org.heaplab.picture.Scene;
import org.heaplab.trace.Snapshot;
import org.heaplab.ui.common.WriteQuestions;

/**
 * The picture's right-click menu: on a cell (a local, a field, an element, a block's cell) the
 * questions about its bytes; on a block its history and a watchpoint on its bytes. The cell's
 * bytes come from the snapshot's local of the same key (its address and size).
 */
final class DiagramQuestions {
    private DiagramQuestions() {}

    static List<MenuItem> itemsFor(Scene.Box b, Snapshot s, WriteQuestions q) {
        List<MenuItem> out = new ArrayList<>();
        if (b == null || s == null) return out;
        if (b.has("cell")) {
            Snapshot.Local l = local(s, b.key());
            if (l != null && l.address() != 0 && l.size() > 0) {
                out.addAll(WriteQuestions.valueItems(q, "`" + l.name() + "`", l.address(), l.size()));
            } else if (b.address() != 0) {
                out.addAll(WriteQuestions.valueItems(q, String.format("the byte at 0x%x", b.address()), b.address(), 1));
            }
            Snapshot.HeapBlock in = b.address() == 0 ? null : s.blockAt(b.address());
            if (in != null) out.addAll(WriteQuestions.blockItems(q, in));
        } else if (b.has("block") && !b.has("ghost") && b.address() != 0) {
            Snapshot.HeapBlock block = s.blockAt(b.address());
            if (block != null) out.addAll(WriteQuestions.blockItems(q, block));
        }
        return out;
    }

    /** The local (or part of one, or a block's cell) with this key, or null. */
    static Snapshot.Local local(Snapshot s, String key) {
        for (Snapshot.StackFrame f : s.frames()) {
            Snapshot.Local l = find(f.locals(), key);
            if (l != null) return l;
        }
        for (Snapshot.HeapBlock b : s.blocks()) {
            Snapshot.Local l = find(b.cells(), key);
            if (l != null) return l;
        }
        return null;
    }

    private static Snapshot.Local find(List<Snapshot.Local> locals, String key) {
        for (Snapshot.Local l : locals) {
            if (l.key().equals(key)) return l;
            Snapshot.Local p = find(l.parts(), key);
            if (p != null) return p;
        }
        return null;
    }
}
