package org.heaplab.ui.diff;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import java.util.List;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Diff view: "Since the last stop", or a range of steps (from, to; filled with the last two
 * stops) compared by replaying the run; below, a line per change.
 */
public final class DiffPane extends BorderPane {
    public DiffPane(DiffViewModel vm) {
        var since = new Button("Since the last stop");
        since.setId("diff-since-stop");
        since.setTooltip(new Tooltip("What the steps since the previous stop did to the heap"));
        since.setOnAction(e -> vm.sinceLastStop());
        var from = new TextField();
        from.setId("diff-from");
        from.setPromptText("from step");
        from.setPrefColumnCount(7);
        var to = new TextField();
        to.setId("diff-to");
        to.setPromptText("to step");
        to.setPrefColumnCount(7);
        var compare = new Button("Compare");
        compare.setId("diff-compare");
        compare.setTooltip(new Tooltip("Replays the run to both steps and lists what happened between them"));
        compare.setOnAction(e -> {
            long a = parse(from.getText(), vm.previousStep());
            long b = parse(to.getText(), vm.currentStep());
            from.setText(Long.toString(a));
            to.setText(Long.toString(b));
            vm.between(a, b);
        });
        // the range's fields and its button wrap onto a line of their own when the pane is narrow
        var steps = new HBox(6, new Label("or steps"), from, new Label("to"), to);
        steps.setAlignment(Pos.CENTER_LEFT);
        var bar = new FlowPane(8, 4, since, steps, compare);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (var n : List.of(since, compare)) n.setMinWidth(Region.USE_PREF_SIZE);
        for (var n : steps.getChildren()) if (n instanceof Label l) l.setMinWidth(Region.USE_PREF_SIZE);
        var summary = new Label();
        summary.setId("diff-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        var list = new ListView<>(vm.lines());
        list.setId("diff-lines");
        list.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        list.setPlaceholder(new Label("No changes to show."));
        var top = new VBox(4, bar, summary);
        top.setPadding(new Insets(4));
        setTop(top);
        setCenter(list);
    }

    private static long parse(String text, long fallback) {
        try {
            return text == null || text.isBlank() ? fallback : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
