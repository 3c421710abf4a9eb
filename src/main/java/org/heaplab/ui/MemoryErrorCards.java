package org.heaplab.ui;

import javafx.util.Duration;
import org.controlsfx.control.PopOver;
import org.heaplab.trace.EventBreakpoint;
import org.heaplab.trace.Snapshot;
import org.heaplab.ui.common.History;
import org.heaplab.ui.common.Selection;

/**
 * The memory error card (a pop-over below the code, one at a time, remembered so a stop shows
 * its card once) and the block-history links it and the heap pane offer: rewind to a block's
 * allocation, jump to its free, find where its last pointer was lost, break on its free.
 */
final class MemoryErrorCards {
    private final AppContext ctx;
    private PopOver card;
    private Snapshot.MemoryError shown;

    MemoryErrorCards(AppContext ctx) {
        this.ctx = ctx;
    }

    /** The block history links of the heap pane and the error cards. */
    private final History history = new History() {
        @Override
        public void rewindToAllocation(Snapshot.HeapBlock b) {
            hide();
            ctx.lab.seekAfter(b.allocStep(), String.format("after the allocation of 0x%x", b.address()));
        }

        @Override
        public void jumpToFree(Snapshot.HeapBlock b) {
            hide();
            ctx.lab.seekAfter(b.freeStep(), String.format("after the free of 0x%x", b.address()));
        }

        @Override
        public void findWhereLost(Snapshot.HeapBlock b) {
            hide();
            ctx.lab.findWhereLost(b.address(), b.allocStep());
        }

        @Override
        public void breakOnFree(Snapshot.HeapBlock b) {
            var bp = EventBreakpoint.freeOf(b.address());
            if (!ctx.eventBreakpoints.contains(bp)) ctx.eventBreakpoints.add(bp);
            ctx.notify(String.format("The run will stop after the block at 0x%x is freed (see Breakpoints).", b.address()));
        }
    };

    History history() { return history; }

    /** Whether {@code e}'s card is the last one opened (a stop shows its card once). */
    boolean wasShown(Snapshot.MemoryError e) { return e.equals(shown); }

    /** A new run: the next error's card shows even if it equals the last run's. */
    void forget() { shown = null; }

    void open(Snapshot.MemoryError e) {
        hide();
        shown = e;
        Snapshot now = ctx.lab.getSnapshot();
        Snapshot.HeapBlock block = now == null || e.address() == 0 ? null : now.blockAt(e.address());
        card = new PopOver(new ErrorCard(e, ctx.selection, block, history, id -> {
            hide();
            ctx.openLesson.accept(id);
        }));
        // a pop-over is a window of its own: it gets the window's stylesheets (theme tokens, lab.css)
        card.getRoot().getStylesheets().setAll(ctx.stage.getScene().getStylesheets());
        card.setTitle(e.kind() == Snapshot.ErrorKind.PANIC ? "Panic" : "Memory error");
        card.setHeaderAlwaysVisible(true);
        card.setDetachable(true);
        card.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        card.setAutoHide(false);
        var editor = ctx.editor;
        var bounds = editor.localToScreen(editor.getBoundsInLocal());
        // below the code, so the faulting line stays visible
        if (bounds != null) card.show(editor, bounds.getMinX() + bounds.getWidth() * 0.55, bounds.getMinY() + bounds.getHeight() * 0.55);
        else card.show(editor);
        if (e.address() != 0) ctx.selection.select(new Selection.Block(e.address()));
    }

    void hide() {
        if (card != null) card.hide(Duration.ZERO);
        card = null;
    }
}
