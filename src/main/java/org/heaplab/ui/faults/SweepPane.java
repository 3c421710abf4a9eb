package org.heaplab.ui.faults;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Sweep view: a button that fails every allocation point in turn, and a row per point (its
 * number, line, function and outcome); a row opens that run paused where its allocation failed,
 * to step through the errdefers that fired, or did not.
 */
public final class SweepPane extends BorderPane {
    static final String NOT_CLEAN = "fault-not-clean";
    private final SweepViewModel vm;
    private final TableView<SweepViewModel.Row> table;
    private FaultViews.Host host;

    SweepPane(SweepViewModel vm) {
        this.vm = vm;
        setId("sweep-pane");
        var css = SweepPane.class.getResource("/org/heaplab/ui/faults/faults.css");
        if (css != null) getStylesheets().add(css.toExternalForm());
        var target = new ChoiceBox<String>();
        target.setId("sweep-target");
        target.getItems().addAll(FaultSettings.TARGETS);
        target.setValue("root");
        target.setTooltip(new Tooltip("Whose allocations fail: root is the allocator the program made first"));
        var start = new Button("Sweep", new FontIcon("mdi2f-flash-alert-outline"));
        start.setId("sweep-start");
        start.setOnAction(e -> {
            if (host != null) vm.start(host.fileName(), host.text(), host.mode(), host.settings(), target.getValue());
        });
        var stop = new Button("Stop");
        stop.setId("sweep-stop");
        stop.disableProperty().bind(vm.runningProperty().not());
        stop.setOnAction(e -> vm.cancel());
        var open = new Button("Open run");
        open.setId("sweep-open");
        var status = new Label();
        status.setId("sweep-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        var bar = new HBox(8, start, new Label("in"), target, stop, open);
        bar.setAlignment(Pos.CENTER_LEFT);
        var top = new javafx.scene.layout.VBox(4, bar, status);
        top.setPadding(new Insets(4, 6, 4, 6));
        setTop(top);

        table = new TableView<>(vm.rows());
        table.setId("sweep-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No sweep yet: Sweep runs the program once per allocation, failing that one."));
        table.getColumns().add(column("#", 50, r -> String.valueOf(r.index())));
        table.getColumns().add(column("Where", 170, SweepViewModel.Row::where));
        table.getColumns().add(column("Function", 90, SweepViewModel.Row::function));
        var outcome = column("Outcome", 420, SweepViewModel.Row::outcome);
        table.getColumns().add(outcome);
        table.setRowFactory(t -> {
            var row = new TableRow<SweepViewModel.Row>() {
                @Override
                protected void updateItem(SweepViewModel.Row r, boolean empty) {
                    super.updateItem(r, empty);
                    getStyleClass().remove(NOT_CLEAN);
                    if (!empty && r != null && !r.clean()) getStyleClass().add(NOT_CLEAN);
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) open(row.getItem());
            });
            return row;
        });
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> open(table.getSelectionModel().getSelectedItem()));
        setCenter(table);
    }

    private static TableColumn<SweepViewModel.Row, String> column(String title, double width, java.util.function.Function<SweepViewModel.Row, String> f) {
        var c = new TableColumn<SweepViewModel.Row, String>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    void setHost(FaultViews.Host h) { this.host = h; }

    /** Opens the row's run, paused where its allocation failed. */
    void open(SweepViewModel.Row r) {
        if (r != null && host != null) host.openFailing(r.index(), r.target(), r.step());
    }

    TableView<SweepViewModel.Row> table() { return table; }
}
