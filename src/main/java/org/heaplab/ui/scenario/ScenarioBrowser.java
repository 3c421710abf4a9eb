package org.heaplab.ui.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.heaplab.scenario.Scenario;
import org.heaplab.scenario.ScenarioException;
import org.kordamp.ikonli.javafx.FontIcon;

/** The scenarios by topic, each with the learner's progress; a double click (or Enter) opens one. */
public final class ScenarioBrowser extends BorderPane {
    private final TreeView<Object> tree = new TreeView<>();
    private final Label summary = new Label();
    private final ScenarioProgress progress;
    private List<Scenario> scenarios = List.of();

    public ScenarioBrowser(ScenarioProgress progress, Consumer<Scenario> open) {
        this.progress = progress;
        setId("scenario-browser");
        getStyleClass().add("scenario-browser");
        var title = new Label("Guided scenarios");
        title.getStyleClass().add("walkthrough-title");
        var intro = new Label("Predict, run, watch the panes, then fix the program. Double-click a scenario to start it.");
        intro.setWrapText(true);
        var head = new VBox(4, title, intro, summary);
        head.setPadding(new Insets(8, 10, 8, 10));
        setTop(head);
        tree.setShowRoot(false);
        tree.setId("scenario-tree");
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                } else if (item instanceof Scenario s) {
                    setText(s.number() + "  " + s.title());
                    String icon = progress.done(s.id()) ? "mdi2c-check-circle" : progress.reached(s.id()) >= 0 ? "mdi2p-progress-clock" : "mdi2c-circle-outline";
                    var g = new FontIcon(icon);
                    g.getStyleClass().add(progress.done(s.id()) ? "scenario-done" : "scenario-open");
                    setGraphic(g);
                    setTooltip(new javafx.scene.control.Tooltip(s.idea()));
                } else {
                    setText(item.toString());
                    setGraphic(null);
                    setTooltip(null);
                }
            }
        });
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) openSelected(open);
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) openSelected(open);
        });
        setCenter(tree);
    }

    private void openSelected(Consumer<Scenario> open) {
        var item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() instanceof Scenario s) open.accept(s);
    }

    /** Shows these scenarios, and the files that could not be read. */
    public void show(List<Scenario> list, List<ScenarioException> problems) {
        this.scenarios = List.copyOf(list);
        var root = new TreeItem<Object>("Scenarios");
        var topics = new LinkedHashMap<String, TreeItem<Object>>();
        for (Scenario s : list) {
            var topic = topics.computeIfAbsent(s.topic(), k -> {
                var t = new TreeItem<Object>(k);
                t.setExpanded(true);
                root.getChildren().add(t);
                return t;
            });
            topic.getChildren().add(new TreeItem<>(s));
        }
        tree.setRoot(root);
        if (!problems.isEmpty()) {
            var bad = new Label(problems.size() + (problems.size() == 1 ? " scenario" : " scenarios") + " could not be read: "
                    + String.join("; ", problems.stream().map(Throwable::getMessage).toList()));
            bad.setWrapText(true);
            bad.getStyleClass().addAll("walkthrough-note", "fails");
            setBottom(bad);
        }
        refresh();
    }

    /** Redraws the progress marks. */
    public void refresh() {
        long done = scenarios.stream().filter(s -> progress.done(s.id())).count();
        summary.setText(String.format("%d of %d done", done, scenarios.size()));
        tree.refresh();
    }
}
