package org.heaplab.ui.history;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The History tab: the question asked, its answer as a list (each entry a sentence, the line's
 * code and a link to its step), "next write" after a last write, and an empty state saying how
 * to ask. Renders {@link HistoryViewModel}; asks nothing itself.
 */
public final class HistoryPane extends BorderPane {
    private final HistoryViewModel vm;
    private final VBox list = new VBox(10);
    private final Label empty = new Label(HistoryViewModel.EMPTY);

    public HistoryPane(HistoryViewModel vm, java.util.function.LongSupplier step) {
        this.vm = vm;
        setId("history-pane");
        var title = new Label();
        title.setId("history-title");
        title.getStyleClass().add("pane-title");
        title.setWrapText(true);
        title.textProperty().bind(vm.titleProperty());
        var next = new Button("Next write", new FontIcon("mdi2a-arrow-right"));
        next.setId("history-next-write");
        next.getStyleClass().addAll("small");
        next.setTooltip(new javafx.scene.control.Tooltip("The first write of the same bytes after this one"));
        next.visibleProperty().bind(vm.canNextProperty());
        next.managedProperty().bind(next.visibleProperty());
        next.setOnAction(e -> vm.nextWrite(step.getAsLong()));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(8, title, spacer, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 4, 8));
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.SOMETIMES);
        empty.setWrapText(true);
        empty.getStyleClass().add("muted");
        empty.setId("history-empty");
        list.setPadding(new Insets(4, 8, 8, 8));
        list.setId("history-entries");
        var scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        setTop(bar);
        setCenter(scroll);
        vm.entries().addListener((ListChangeListener<HistoryViewModel.Entry>) c -> refresh());
        refresh();
    }

    private void refresh() {
        list.getChildren().clear();
        if (vm.entries().isEmpty()) {
            list.getChildren().add(empty);
            return;
        }
        for (HistoryViewModel.Entry e : vm.entries()) {
            var text = new Label(e.text());
            text.setWrapText(true);
            text.getStyleClass().add("history-text");
            var box = new VBox(2, text);
            if (!e.code().isEmpty()) {
                var code = new Label(e.code());
                code.getStyleClass().add("history-code");
                code.setWrapText(true);
                box.getChildren().add(code);
            }
            if (e.go() != null) {
                var link = new Hyperlink(e.link());
                link.getStyleClass().add("history-link");
                link.setOnAction(a -> e.go().run());
                link.setPadding(Insets.EMPTY);
                box.getChildren().add(link);
            }
            box.getStyleClass().add("history-entry");
            list.getChildren().add(box);
        }
    }
}
