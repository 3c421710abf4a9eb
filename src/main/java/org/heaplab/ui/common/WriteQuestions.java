package org.heaplab.ui.common;

import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.heaplab.trace.Snapshot;

/**
 * What any pane can ask about bytes of the run's memory (a local, a field, an element, a byte
 * range, a block), answered in the History tab: where they were last written, where their value
 * came from, a watchpoint on them, a block's life. The menus are built here so every pane offers
 * the same words and shortcuts.
 */
public interface WriteQuestions {
    /** Shortcut for "Where was this written?" where a pane has a selection. */
    KeyCombination LAST_WRITE_KEY = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** Shortcut for "Where did this value come from?". */
    KeyCombination ORIGIN_KEY = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    /** Where {@code [address, address+length)} ({@code label} names it) was last written. */
    void lastWrite(String label, long address, long length);

    /** Where the value there came from, through the copies that brought it. */
    void origin(String label, long address, long length);

    /** A watchpoint: the run stops when these bytes are written (forward or back). */
    void watch(String label, long address, long length);

    /** A block's life: allocated, resized, written, freed, its memory reused. */
    void blockLife(Snapshot.HeapBlock b);

    WriteQuestions NONE = new WriteQuestions() {
        @Override
        public void lastWrite(String label, long address, long length) { }

        @Override
        public void origin(String label, long address, long length) { }

        @Override
        public void watch(String label, long address, long length) { }

        @Override
        public void blockLife(Snapshot.HeapBlock b) { }
    };

    /** The menu items about a value: where written, where from, break when written. */
    static List<MenuItem> valueItems(WriteQuestions q, String label, long address, long length) {
        var where = item("Where was this written?", "ask-last-write", () -> q.lastWrite(label, address, length));
        where.setAccelerator(LAST_WRITE_KEY);
        var from = item("Where did this value come from?", "ask-origin", () -> q.origin(label, address, length));
        from.setAccelerator(ORIGIN_KEY);
        var watch = item("Break when written", "ask-watch", () -> q.watch(label, address, length));
        return List.of(where, from, watch);
    }

    /** The menu items about a block: its history, break when its bytes change. */
    static List<MenuItem> blockItems(WriteQuestions q, Snapshot.HeapBlock b) {
        String label = String.format("block 0x%x", b.address());
        return List.of(item("Block history", "ask-block-life", () -> q.blockLife(b)),
                item("Break when this block's bytes change", "ask-watch-block", () -> q.watch(label, b.address(), Math.max(1, b.length()))));
    }

    private static MenuItem item(String text, String id, Runnable r) {
        var m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> r.run());
        return m;
    }
}
