package org.heaplab.ui.breakpoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.heaplab.session.Watchpoint;
import org.heaplab.trace.EventBreakpoint;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Every breakpoint in one list: the editor's line breakpoints and the breakpoints on allocator
 * events (the Nth allocation, an allocation of at least N bytes, the free of a block, any memory
 * error, a resize that moves a block). Each can be removed here; events are added from the Add
 * menu (the free of a block from the Heap pane).
 */
public final class BreakpointsPane extends BorderPane {
    /** An entry: a line ({@code event} and {@code watch} null), an event breakpoint or a watchpoint. */
    public record Entry(int line, EventBreakpoint event, Watchpoint watch) {
        public Entry(int line, EventBreakpoint event) { this(line, event, null); }

        public String text() {
            if (watch != null) return "when " + watch.label() + " is written (" + watch.length() + (watch.length() == 1 ? " byte" : " bytes")
                    + String.format(" at 0x%x)", watch.address());
            return event == null ? "line " + line : event.describe();
        }
    }

    private ObservableList<Watchpoint> watches = FXCollections.observableArrayList();

    /** Lists these watchpoints with the breakpoints, removable here too, and offers reverse continue to the previous watched write. */
    public void showWatchpoints(ObservableList<Watchpoint> w, Runnable reverseContinue) {
        this.watches = w;
        var reverse = new Button(null, new FontIcon("mdi2r-rewind"));
        reverse.setId("reverse-continue");
        reverse.setAccessibleText("Reverse continue");
        reverse.setTooltip(new Tooltip("Reverse continue: back to the previous write a watchpoint watches (Shift+F7)"));
        reverse.setMinWidth(Region.USE_PREF_SIZE);
        reverse.setOnAction(a -> reverseContinue.run());
        reverse.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(w));
        if (getTop() instanceof HBox bar) bar.getChildren().add(reverse);
        w.addListener((ListChangeListener<Watchpoint>) c -> refresh());
        refresh();
    }

    private final ObservableSet<Integer> lines;
    private final ObservableList<EventBreakpoint> events;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ListView<Entry> list = new ListView<>(entries);

    public BreakpointsPane(ObservableSet<Integer> lines, ObservableList<EventBreakpoint> events) {
        this.lines = lines;
        this.events = events;
        setId("breakpoints-pane");
        list.setId("breakpoint-list");
        list.setPlaceholder(new Label("No breakpoints. Click the editor's gutter (or F9) for a line; Add for allocator events; right-click a value for a watchpoint."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Entry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                var icon = new FontIcon(e.watch() != null ? "mdi2e-eye-outline" : e.event() == null ? "mdi2r-record-circle-outline" : "mdi2m-memory");
                var text = new Label(e.text());
                var spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                var remove = new Button(null, new FontIcon("mdi2c-close"));
                remove.getStyleClass().addAll("flat", "small");
                remove.setTooltip(new Tooltip("Remove this breakpoint"));
                remove.setOnAction(a -> remove(e));
                var row = new HBox(6, icon, text, spacer, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
                setText(null);
            }
        });
        var add = new MenuButton("Add", new FontIcon("mdi2p-plus"));
        add.setId("add-breakpoint");
        add.getItems().addAll(
                item("Allocation number N...", "Stop after the program's Nth allocation", "N", n -> events.add(EventBreakpoint.nthAllocation(n))),
                item("Allocation of at least N bytes...", "Stop after an allocation at least this big", "bytes",
                        n -> events.add(EventBreakpoint.allocationOfAtLeast(n))),
                plain("Any memory error", () -> events.add(EventBreakpoint.anyMemoryError())),
                plain("A resize that moves a block", () -> events.add(EventBreakpoint.movingResize())),
                plain("An allocation that fails", () -> events.add(EventBreakpoint.failedAllocation())));
        var removeAll = new Button("Remove all", new FontIcon("mdi2d-delete-outline"));
        removeAll.setId("remove-all-breakpoints");
        removeAll.setOnAction(a -> {
            lines.clear();
            events.clear();
            watches.clear();
        });
        var bar = new HBox(8, add, removeAll);
        bar.setPadding(new Insets(4, 6, 4, 6));
        setTop(bar);
        setCenter(list);
        lines.addListener((SetChangeListener<Integer>) c -> refresh());
        events.addListener((ListChangeListener<EventBreakpoint>) c -> refresh());
        refresh();
    }

    private void remove(Entry e) {
        if (e.watch() != null) watches.remove(e.watch());
        else if (e.event() == null) lines.remove(e.line());
        else events.remove(e.event());
    }

    private void refresh() {
        List<Entry> out = new ArrayList<>();
        lines.stream().sorted().forEach(l -> out.add(new Entry(l, null)));
        for (EventBreakpoint b : events) out.add(new Entry(0, b));
        for (Watchpoint w : watches) out.add(new Entry(0, null, w));
        entries.setAll(out);
    }

    private MenuItem plain(String text, Runnable r) {
        var m = new MenuItem(text);
        m.setOnAction(a -> {
            r.run();
        });
        return m;
    }

    private MenuItem item(String text, String header, String what, java.util.function.LongConsumer add) {
        var m = new MenuItem(text);
        m.setOnAction(a -> {
            var d = new TextInputDialog("1");
            d.setTitle("Breakpoint");
            d.setHeaderText(header);
            d.setContentText(what + ":");
            if (getScene() != null) d.initOwner(getScene().getWindow());
            Optional<String> answer = d.showAndWait();
            answer.ifPresent(s -> {
                try {
                    long n = Long.parseLong(s.strip().replace(",", "").replace("_", ""));
                    if (n < 1) throw new NumberFormatException();
                    add.accept(n);
                } catch (NumberFormatException e) {
                    var err = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                            "\"" + s + "\" is not a whole number of 1 or more; no breakpoint was added.");
                    err.setHeaderText("Not a number");
                    err.showAndWait();
                }
            });
        });
        return m;
    }
}
