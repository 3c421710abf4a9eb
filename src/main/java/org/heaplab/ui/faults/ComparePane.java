package org.heaplab.ui.faults;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Orientation;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.heaplab.session.faults.Compare;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Compare view: the allocators to try, a row per allocator (output the same as the first
 * row's or not, exit status, peak live bytes, bytes from the OS, calls, refusals, what the
 * allocator reported and what it could not see, time), and their live-bytes timelines side by
 * side. A row opens the program's run on that allocator.
 */
public final class ComparePane extends BorderPane {
    private final CompareViewModel vm;
    private final TableView<CompareViewModel.Row> table;
    private final LineChart<Number, Number> chart;
    private FaultViews.Host host;

    ComparePane(CompareViewModel vm) {
        this.vm = vm;
        setId("compare-pane");
        var with = new TextField(Compare.DEFAULT_WITH);
        with.setId("compare-with");
        with.setTooltip(new Tooltip("Allocators, separated by commas: own (the program's), debug, page, arena, fixed:N, c, pool"));
        HBox.setHgrow(with, Priority.SOMETIMES);
        var start = new Button("Compare", new FontIcon("mdi2c-compare-horizontal"));
        start.setId("compare-start");
        start.setOnAction(e -> {
            if (host != null) vm.start(host.fileName(), host.text(), host.mode(), host.settings(), with.getText());
        });
        var open = new Button("Open run");
        open.setId("compare-open");
        var status = new Label();
        status.setId("compare-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        var bar = new HBox(8, start, with, open);
        bar.setAlignment(Pos.CENTER_LEFT);
        var top = new javafx.scene.layout.VBox(4, bar, status);
        top.setPadding(new Insets(4, 6, 4, 6));
        setTop(top);

        table = new TableView<>(vm.rows());
        table.setId("compare-table");
        table.setPlaceholder(new Label("No comparison yet: Compare runs the program with its root allocator replaced by each one listed."));
        table.getColumns().add(column("Allocator", 80, CompareViewModel.Row::allocator));
        table.getColumns().add(column("Output", 60, CompareViewModel.Row::output));
        table.getColumns().add(column("Exit", 40, r -> String.valueOf(r.exit())));
        table.getColumns().add(column("Peak live", 80, r -> r.peakLive() + " B"));
        table.getColumns().add(column("From OS", 80, r -> r.peakOs() + " B"));
        table.getColumns().add(column("Calls", 50, r -> String.valueOf(r.calls())));
        table.getColumns().add(column("Refused", 60, r -> String.valueOf(r.refused())));
        table.getColumns().add(column("Reported", 110, CompareViewModel.Row::reported));
        table.getColumns().add(column("Not seen", 80, CompareViewModel.Row::unseen));
        table.getColumns().add(column("Time", 60, r -> r.millis() + " ms"));
        table.setRowFactory(t -> {
            var row = new TableRow<CompareViewModel.Row>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) open(row.getItem());
            });
            return row;
        });
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> open(table.getSelectionModel().getSelectedItem()));

        var x = new NumberAxis();
        x.setLabel("step");
        var y = new NumberAxis();
        y.setLabel("live bytes");
        chart = new LineChart<>(x, y);
        chart.setId("compare-chart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setMinHeight(120);
        vm.rows().addListener((ListChangeListener<CompareViewModel.Row>) c -> redraw());
        var split = new SplitPane(table, chart);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.62);
        setCenter(split);
    }

    /** One series per allocator: live bytes over the run's steps. */
    private void redraw() {
        chart.getData().clear();
        for (CompareViewModel.Row r : vm.rows()) {
            var s = new XYChart.Series<Number, Number>();
            s.setName(r.allocator());
            s.getData().add(new XYChart.Data<>(0, 0));
            for (long[] p : r.timeline()) s.getData().add(new XYChart.Data<>(p[0], p[1]));
            chart.getData().add(s);
        }
    }

    private static TableColumn<CompareViewModel.Row, String> column(String title, double width,
                                                                    java.util.function.Function<CompareViewModel.Row, String> f) {
        var c = new TableColumn<CompareViewModel.Row, String>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    void setHost(FaultViews.Host h) { this.host = h; }

    void open(CompareViewModel.Row r) {
        if (r != null && host != null) host.openOn(r.choice());
    }

    TableView<CompareViewModel.Row> table() { return table; }

    LineChart<Number, Number> chart() { return chart; }
}
