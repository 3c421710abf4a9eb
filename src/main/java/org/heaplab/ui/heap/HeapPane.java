package org.heaplab.ui.heap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.heaplab.trace.ByteKind;
import org.heaplab.trace.SourcePos;
import org.heaplab.trace.Snapshot;
import org.heaplab.ui.common.History;
import org.heaplab.ui.common.Selection;
import org.heaplab.ui.common.Styles;

/** The Heap pane: the heap map, the block table, and the selected block's typed value and bytes. */
public final class HeapPane extends BorderPane {
    private static final javafx.css.PseudoClass FREED = javafx.css.PseudoClass.getPseudoClass("block-freed");
    private static final javafx.css.PseudoClass LEAKED = javafx.css.PseudoClass.getPseudoClass("block-leaked");
    private static final javafx.css.PseudoClass CHANGED = javafx.css.PseudoClass.getPseudoClass(Styles.CHANGED);
    private final HeapViewModel vm;
    private final Selection selection;
    private final HeapMap map = new HeapMap();
    private final TableView<HeapViewModel.BlockRow> table = new TableView<>();
    private final StyleClassedTextArea hex = new StyleClassedTextArea();
    private final Label typed = new Label();
    private final Label blockTitle = new Label("Select a block to see its bytes.");
    private final HBox links = new HBox(8);
    private final FlowPane travel = new FlowPane(8, 2);
    private final Label pointedFrom = new Label();
    private History history = History.NONE;
    private boolean selecting;
    private ScrollPane mapScroll;

    public HeapPane(HeapViewModel vm, Selection selection) {
        this.vm = vm;
        this.selection = selection;
        getStyleClass().add("heap-pane");
        map.setId("heap-map");
        table.setId("block-table");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        hex.setId("hex-view");
        hex.setEditable(false);
        hex.getStyleClass().add("hex");
        typed.setWrapText(true);
        typed.setId("typed-view");
        blockTitle.getStyleClass().add(Styles.PANE_TITLE);

        table.setPlaceholder(new Label("No blocks: nothing is allocated at this step."));
        table.getColumns().add(col("Address", 120, HeapViewModel.BlockRow::addressText));
        table.getColumns().add(col("Size", 60, r -> Long.toString(r.length())));
        table.getColumns().add(col("Reserved", 70, r -> Long.toString(r.size())));
        table.getColumns().add(col("Align", 50, r -> r.alignment() == 0 ? "" : Long.toString(r.alignment())));
        table.getColumns().add(col("Owner", 140, HeapViewModel.BlockRow::allocator));
        table.getColumns().add(col("State", 70, HeapViewModel.BlockRow::stateText));
        table.getColumns().add(col("Allocated at", 110, r -> site(r.allocSite())));
        table.getColumns().add(col("Freed at", 110, r -> site(r.freeSite())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(vm.blocks());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(HeapViewModel.BlockRow item, boolean empty) {
                super.updateItem(item, empty);
                boolean shown = !empty && item != null;
                String state = shown ? item.stateText() : "";
                pseudoClassStateChanged(FREED, state.equals("freed"));
                pseudoClassStateChanged(LEAKED, state.equals("leaked"));
                pseudoClassStateChanged(CHANGED, shown && item.changed());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (selecting || row == null) return;
            vm.select(row.key());
            selection.select(new Selection.Block(row.address()));
        });

        var layers = new CheckBox("All layers");
        layers.setId("all-layers");
        layers.setTooltip(new Tooltip("Also list the blocks allocators took from their parents: an arena's buffers, a debug allocator's pages"));
        layers.selectedProperty().bindBidirectional(vm.allLayersProperty());
        var legend = new FlowPane(10, 4);
        for (ByteKind st : ByteKind.values()) {
            if (st == ByteKind.UNMAPPED) continue;
            var sw = new Rectangle(10, 10);
            sw.getStyleClass().addAll("legend", "state-" + st.name().toLowerCase(java.util.Locale.ROOT));
            legend.getChildren().add(new HBox(4, sw, new Label(st.name().toLowerCase(java.util.Locale.ROOT))));
        }
        var top = new HBox(12, layers, legend);
        top.setPadding(new Insets(4, 6, 4, 6));

        map.onPick(a -> {
            String key = vm.selectAddress(a);
            if (key != null) selection.select(new Selection.Block(a));
        });
        mapScroll = new ScrollPane(map);
        mapScroll.setFitToWidth(true);
        mapScroll.setPrefViewportHeight(120);

        travel.setId("block-history");
        pointedFrom.setId("pointed-from");
        pointedFrom.setWrapText(true);
        pointedFrom.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        var detail = new VBox(4, blockTitle, links, travel, pointedFrom, typed, new VirtualizedScrollPane<>(hex));
        VBox.setVgrow(detail.getChildren().get(5), javafx.scene.layout.Priority.ALWAYS);
        detail.setPadding(new Insets(4, 6, 4, 6));
        var split = new SplitPane(table, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        var body = new SplitPane(mapScroll, split);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.25);
        setTop(top);
        setCenter(body);

        vm.shownProperty().addListener((o, a, b) -> refreshMap());
        vm.detailProperty().addListener((o, a, d) -> showDetail(d));
        selection.currentProperty().addListener((o, a, t) -> reflect(t));
        sceneProperty().addListener((o, a, s) -> {
            if (s != null) applyThemeColors();
        });
        showDetail(vm.detailProperty().get()); // a pane built after a block was selected shows it
    }

    public HeapMap map() { return map; }

    /** Where the block's history links lead (the window's run). */
    public void setHistory(History h) {
        this.history = h;
    }

    private org.heaplab.ui.common.WriteQuestions questions = org.heaplab.ui.common.WriteQuestions.NONE;
    private HeapViewModel.Detail shownDetail;

    /** Where the questions about a block's or its bytes' writes go (the History tab); the hex view's menu asks about the selected bytes. */
    public void setWriteQuestions(org.heaplab.ui.common.WriteQuestions q) {
        this.questions = q;
        var menu = new javafx.scene.control.ContextMenu();
        menu.setOnShowing(e -> {
            long[] range = shownDetail == null ? null : HexRange.of(shownDetail.shownFrom(), shownDetail.bytes().size(), hex.getText(),
                    hex.getSelection().getStart(), hex.getSelection().getEnd(), hex.getCaretPosition());
            if (range == null) {
                var none = new javafx.scene.control.MenuItem("Select bytes to ask where they were written");
                none.setDisable(true);
                menu.getItems().setAll(none);
                return;
            }
            menu.getItems().setAll(org.heaplab.ui.common.WriteQuestions.valueItems(questions, HexRange.label(range), range[0], range[1]));
        });
        hex.setContextMenu(menu);
    }

    /** Reads the map colours from the theme's looked-up colours. */
    public void applyThemeColors() {
        applyCss();
        Color[] byState = HeapMap.defaultColors();
        for (ByteKind k : ByteKind.values()) byState[k.ordinal()] = fillOf("state-" + k.name().toLowerCase(java.util.Locale.ROOT), byState[k.ordinal()]);
        map.setColors(byState);
        var probe = new Label();
        getChildren().add(probe);
        probe.applyCss();
        Color text = probe.getTextFill() instanceof Color tc ? tc : Color.GRAY;
        getChildren().remove(probe);
        map.setTextColor(text, text.deriveColor(0, 1, 1, 0.7), Color.web("#fb8500"), fillOf("map-changed", Color.web("#bf8700")));
        refreshMap();
    }

    /** The fill the stylesheets give a shape of this style class, or {@code fallback}. */
    private Color fillOf(String styleClass, Color fallback) {
        var probe = new Rectangle();
        probe.getStyleClass().add(styleClass);
        getChildren().add(probe);
        probe.applyCss();
        getChildren().remove(probe);
        return probe.getFill() instanceof Color c ? c : fallback;
    }

    private void refreshMap() {
        var d = vm.detailProperty().get();
        map.show(vm.regions(), vm.blocks(), d == null ? null : d.row());
        reflectTable(d == null ? null : d.row().key());
        if (d != null) scrollMapTo(d.row().address());
    }

    /** Scrolls the map so the band holding the selected block is in view. */
    private void scrollMapTo(long address) {
        var regions = vm.regions();
        for (int i = 0; i < regions.size(); i++) {
            var r = regions.get(i);
            if (address < r.start() || address >= r.start() + r.length()) continue;
            double content = map.getPrefHeight();
            double viewport = mapScroll.getViewportBounds().getHeight();
            if (content <= viewport || viewport <= 0) return;
            double top = HeapMap.bandTop(i) - HeapMap.LABEL - 4;
            mapScroll.setVvalue(Math.max(0, Math.min(1, top / (content - viewport))));
            return;
        }
    }

    private void reflect(Selection.Target t) {
        long address = switch (t) {
            case Selection.Block b -> b.address();
            case Selection.Local l -> l.pointsTo();
            case null, default -> 0;
        };
        if (address == 0) return;
        vm.selectAddress(address);
    }

    private void reflectTable(String key) {
        selecting = true;
        try {
            if (key == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (var r : table.getItems()) {
                if (r.key().equals(key)) {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                    return;
                }
            }
        } finally {
            selecting = false;
        }
    }

    private void showDetail(HeapViewModel.Detail d) {
        shownDetail = d;
        refreshMap();
        links.getChildren().clear();
        travel.getChildren().clear();
        pointedFrom.setText("");
        if (d == null) {
            blockTitle.setText("Select a block to see its bytes.");
            typed.setText("");
            hex.clear();
            return;
        }
        var r = d.row();
        blockTitle.setText(String.format("Block %s: %d bytes (%d reserved), %s, %s", r.addressText(), r.length(), r.size(), r.allocator(),
                r.stateText()));
        historyLinks(d.block());
        if (r.allocSite() != null) links.getChildren().add(link("allocated at " + r.allocSite().shortText(), r.allocSite()));
        if (r.freeSite() != null) links.getChildren().add(link("freed at " + r.freeSite().shortText(), r.freeSite()));
        typed.setText(d.typed() == null ? "" : d.typed());
        List<String> lines = HeapViewModel.hexLines(d);
        hex.replaceText(lines.isEmpty() ? "(its memory is no longer mapped)" : String.join("\n", lines));
        if (!lines.isEmpty()) hex.setStyleSpans(0, hexStyles(d, lines));
    }

    /** Rewind to the allocation, go to the free, where it was lost, break on its free; and who points here. */
    private void historyLinks(Snapshot.HeapBlock b) {
        if (b == null) return;
        // worded as every place that offers these trips words them (History): where they land, and the line that did it
        if (b.allocStep() > 0) travel.getChildren().add(action(History.toAllocationText(b), "rewind-alloc", () -> history.rewindToAllocation(b),
                History.toAllocationTip(b)));
        if (b.freeStep() > 0) travel.getChildren().add(action(History.toFreeText(b), "jump-free", () -> history.jumpToFree(b), History.toFreeTip(b)));
        if (b.orphaned()) travel.getChildren().add(action("find where its last pointer was lost", "find-lost", () -> history.findWhereLost(b)));
        if (b.state() == Snapshot.BlockState.LIVE && b.programRequested()) {
            travel.getChildren().add(action("break when it is freed", "break-on-free", () -> history.breakOnFree(b)));
        }
        if (questions != org.heaplab.ui.common.WriteQuestions.NONE) {
            travel.getChildren().add(action("its history", "block-life", () -> questions.blockLife(b)));
            if (b.state() != Snapshot.BlockState.FREED) travel.getChildren().add(action("break when its bytes change", "watch-block",
                    () -> questions.watch(String.format("block 0x%x", b.address()), b.address(), Math.max(1, b.length()))));
        }
        if (b.state() == Snapshot.BlockState.FREED || !b.programRequested()) return;
        if (b.orphaned()) {
            pointedFrom.setText("Orphaned: nothing the program can reach points to it any more, so it can never be freed (a leak in the making).");
        } else if (b.pointedFrom().isEmpty()) {
            pointedFrom.setText("Who points here: no word in memory (it may be held in a register only).");
        } else {
            var sb = new StringBuilder("Who points here: ");
            for (int i = 0; i < b.pointedFrom().size(); i++) {
                var p = b.pointedFrom().get(i);
                if (i > 0) sb.append("; ");
                sb.append(p.where());
                if (p.value() != b.address()) sb.append(" (+").append(p.value() - b.address()).append(')');
            }
            pointedFrom.setText(sb.toString());
        }
    }

    private static Hyperlink action(String text, String id, Runnable r, String tip) {
        var h = action(text, id, r);
        h.setTooltip(new Tooltip(tip));
        return h;
    }

    private static Hyperlink action(String text, String id, Runnable r) {
        var h = new Hyperlink(text);
        h.setId(id);
        h.setOnAction(e -> r.run());
        return h;
    }

    private Hyperlink link(String text, SourcePos pos) {
        var h = new Hyperlink(text);
        h.setOnAction(e -> selection.select(new Selection.Line(pos)));
        return h;
    }

    /** Colours each byte of the hex dump by its state. */
    private static org.fxmisc.richtext.model.StyleSpans<Collection<String>> hexStyles(HeapViewModel.Detail d, List<String> lines) {
        var b = new StyleSpansBuilder<Collection<String>>();
        int byteIndex = 0;
        for (int li = 0; li < lines.size(); li++) {
            String line = lines.get(li);
            b.add(List.of("hex-address"), 14);
            int n = Math.min(16, d.bytes().size() - byteIndex);
            for (int j = 0; j < n; j++) {
                ByteKind st = d.bytes().get(byteIndex + j).state();
                b.add(List.of("state-text-" + st.name().toLowerCase(java.util.Locale.ROOT)), 2);
                b.add(new ArrayList<>(), 1);
            }
            int used = 14 + 3 * n;
            int rest = line.length() - used + (li < lines.size() - 1 ? 1 : 0);
            b.add(new ArrayList<>(), rest);
            byteIndex += n;
        }
        return b.create();
    }

    private static String site(SourcePos p) {
        return p == null ? "" : p.shortText();
    }

    private static TableColumn<HeapViewModel.BlockRow, String> col(String title, double width,
                                                                    java.util.function.Function<HeapViewModel.BlockRow, String> f) {
        var c = new TableColumn<HeapViewModel.BlockRow, String>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(p -> new ReadOnlyObjectWrapper<>(f.apply(p.getValue())));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
            }
        });
        return c;
    }
}
