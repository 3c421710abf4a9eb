package org.heaplab.ui;

import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.SourcePos;
import org.heaplab.ui.common.History;
import org.heaplab.ui.common.Selection;
import org.heaplab.ui.common.Styles;

/**
 * A memory error or panic explained: what happened in plain words (with the values on the
 * failing line, why Zig stops there and the fix), the block, links to where it happened, was
 * allocated and freed, and to the scenario that teaches the idea.
 */
public final class ErrorCard extends VBox {
    public ErrorCard(Snapshot.MemoryError e, Selection selection) {
        this(e, selection, null, History.NONE);
    }

    /** A card with history links for {@code block} (the block the error concerns, as the current snapshot has it), when there is one. */
    public ErrorCard(Snapshot.MemoryError e, Selection selection, Snapshot.HeapBlock block, History history) {
        this(e, selection, block, history, id -> { });
    }

    /** A card whose lesson link opens the scenario with that id through {@code openLesson}. */
    public ErrorCard(Snapshot.MemoryError e, Selection selection, Snapshot.HeapBlock block, History history, Consumer<String> openLesson) {
        setId("error-card");
        getStyleClass().add(Styles.ERROR_CARD);
        var title = new Label(e.title());
        title.getStyleClass().add("card-title");
        title.setId("error-card-title");
        var text = new Label(e.explanation());
        text.getStyleClass().add("card-text");
        text.setWrapText(true);
        text.setMaxWidth(440);
        getChildren().addAll(title, text);
        var links = new FlowPane(8, 2);
        if (e.address() != 0) {
            var blockLink = new Hyperlink("block 0x" + Long.toHexString(e.address()) + (e.size() > 0 ? " (" + e.size() + " bytes)" : ""));
            blockLink.setId("error-card-block");
            blockLink.setOnAction(a -> selection.select(new Selection.Block(e.address())));
            links.getChildren().add(blockLink);
        }
        add(links, "here", e.at(), selection, "error-card-at");
        add(links, "allocated", e.allocatedAt(), selection, "error-card-allocated");
        add(links, "freed", e.freedAt(), selection, "error-card-freed");
        getChildren().add(links);
        if (e.lesson() != null) {
            var lesson = new Hyperlink("Lesson: scenario " + e.lesson());
            lesson.setId("error-card-lesson");
            lesson.setOnAction(a -> openLesson.accept(e.lesson()));
            getChildren().add(lesson);
        }
        if (block != null) {
            var travel = new FlowPane(8, 2);
            if (block.allocStep() > 0) {
                // the allocator ran at a step inside the std, where the window never stops: the link lands on the program's next line
                var back = new Hyperlink(History.toAllocationText(block));
                back.setTooltip(new javafx.scene.control.Tooltip(History.toAllocationTip(block)));
                back.setId("error-card-rewind-alloc");
                back.setOnAction(a -> history.rewindToAllocation(block));
                travel.getChildren().add(back);
            }
            if (block.freeStep() > 0) {
                var free = new Hyperlink(History.toFreeText(block));
                free.setTooltip(new javafx.scene.control.Tooltip(History.toFreeTip(block)));
                free.setId("error-card-jump-free");
                free.setOnAction(a -> history.jumpToFree(block));
                travel.getChildren().add(free);
            }
            if (!travel.getChildren().isEmpty()) getChildren().add(travel);
        }
    }

    private static void add(FlowPane links, String what, SourcePos p, Selection selection, String id) {
        if (p == null) return;
        var h = new Hyperlink(what + " at " + p.shortText());
        h.setId(id);
        h.setOnAction(a -> selection.select(new Selection.Line(p)));
        links.getChildren().add(h);
    }
}
