package org.heaplab.ui.stack;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.heaplab.ui.common.Selection;
import org.heaplab.ui.common.Styles;

/** The Stack pane: frames with their locals (name, type, address, size, value); a pointer selects what it points at. */
public final class CallStackPane extends BorderPane {
    /**
     * A tree row: a frame, or (with {@code local}) one of its locals or their parts. A step that
     * keeps the same frames and locals gives the rows their new values in place ({@link #set}):
     * the cells, which observe {@link #version}, show them without the tree re-creating its rows
     * (a tree item's new value would make the tree rebuild every row and its style).
     */
    public static final class Row {
        private StackViewModel.FrameRow frame;
        private StackViewModel.LocalRow local;
        private final javafx.beans.property.ReadOnlyIntegerWrapper version = new javafx.beans.property.ReadOnlyIntegerWrapper();

        public Row(StackViewModel.FrameRow frame, StackViewModel.LocalRow local) {
            this.frame = frame;
            this.local = local;
        }

        public StackViewModel.FrameRow frame() { return frame; }

        public StackViewModel.LocalRow local() { return local; }

        /** Counts the row's new values. */
        public javafx.beans.property.ReadOnlyIntegerProperty version() { return version.getReadOnlyProperty(); }

        /** The row's values at a new step; the cells follow if anything they show changed. */
        void set(StackViewModel.FrameRow f, StackViewModel.LocalRow l) {
            boolean same = l == null ? local == null && frame.title().equals(f.title()) && java.util.Objects.equals(frame.position(), f.position())
                    : l.equals(local);
            frame = f;
            local = l;
            if (!same) version.set(version.get() + 1);
        }

        @Override
        public String toString() { return local != null ? local.toString() : frame.title(); }
    }

    private static final javafx.css.PseudoClass FRAME_ROW = javafx.css.PseudoClass.getPseudoClass("frame-row");
    private static final javafx.css.PseudoClass CHANGED = javafx.css.PseudoClass.getPseudoClass(Styles.CHANGED);
    private final TreeTableView<Row> table = new TreeTableView<>();
    private final StackViewModel vm;
    private final Selection selection;
    private boolean selecting;
    private org.heaplab.ui.common.WriteQuestions questions = org.heaplab.ui.common.WriteQuestions.NONE;

    public CallStackPane(StackViewModel vm, Selection selection) {
        this.vm = vm;
        this.selection = selection;
        getStyleClass().add("stack-pane");
        table.setId("stack-table");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setShowRoot(false);
        table.setRoot(new TreeItem<>());
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Run or step the program to see its frames."));
        table.getColumns().add(column("Name", 170, r -> r.local() == null ? r.frame().title() : r.local().name()));
        table.getColumns().add(column("Type", 120, r -> r.local() == null ? "" : r.local().type()));
        table.getColumns().add(column("Address", 115, r -> r.local() == null ? "" : r.local().address()));
        table.getColumns().add(column("Size", 45, r -> r.local() == null ? "" : Long.toString(r.local().size())));
        table.getColumns().add(column("Value", 300, r -> r.local() == null ? "" : r.local().value()));
        table.setRowFactory(t -> new TreeTableRow<>() {
            private Row watched;
            private final javafx.beans.InvalidationListener restyle = o -> style(watched);

            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                if (watched != null) watched.version().removeListener(restyle);
                watched = empty ? null : item;
                if (watched != null) watched.version().addListener(restyle);
                style(watched);
            }

            private void style(Row item) {
                pseudoClassStateChanged(FRAME_ROW, item != null && item.local() == null);
                pseudoClassStateChanged(CHANGED, item != null && item.local() != null && item.local().changed());
            }
        });
        vm.frames().addListener((ListChangeListener<StackViewModel.FrameRow>) c -> rebuild());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (selecting || item == null || item.getValue() == null) return;
            Row r = item.getValue();
            if (r.local() != null) selection.select(new Selection.Local(r.local().key(), r.local().pointsTo()));
            else if (r.frame().position() != null) selection.select(new Selection.Line(r.frame().position()));
        });
        selection.currentProperty().addListener((o, a, t) -> reflect(t));
        setCenter(table);
        installQuestions();
    }

    /** Where the questions about a local's bytes go (the History tab). */
    public void setWriteQuestions(org.heaplab.ui.common.WriteQuestions q) { this.questions = q; }

    /** A local's menu and shortcuts: where it was written, where its value came from, break when written. */
    private void installQuestions() {
        var menu = new javafx.scene.control.ContextMenu();
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            Row r = selectedLocal();
            if (r == null) {
                var none = new javafx.scene.control.MenuItem("Select a local to ask where it was written");
                none.setDisable(true);
                menu.getItems().add(none);
                return;
            }
            menu.getItems().addAll(org.heaplab.ui.common.WriteQuestions.valueItems(questions, label(r), address(r), r.local().size()));
        });
        table.setContextMenu(menu);
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            Row r = selectedLocal();
            if (r == null) return;
            if (org.heaplab.ui.common.WriteQuestions.LAST_WRITE_KEY.match(e)) {
                questions.lastWrite(label(r), address(r), r.local().size());
                e.consume();
            } else if (org.heaplab.ui.common.WriteQuestions.ORIGIN_KEY.match(e)) {
                questions.origin(label(r), address(r), r.local().size());
                e.consume();
            }
        });
    }

    /** The selected row when it is a local (or part) with bytes in memory, else null. */
    private Row selectedLocal() {
        var item = table.getSelectionModel().getSelectedItem();
        Row r = item == null ? null : item.getValue();
        return r == null || r.local() == null || address(r) == 0 || r.local().size() <= 0 ? null : r;
    }

    private static String label(Row r) {
        return "`" + r.local().name() + "`";
    }

    private static long address(Row r) {
        String a = r.local().address();
        try {
            return a != null && a.startsWith("0x") ? Long.parseUnsignedLong(a.substring(2), 16) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public TreeTableView<?> table() { return table; }

    private void rebuild() {
        selecting = true;
        try {
            var root = table.getRoot();
            if (sameShape(root.getChildren(), vm.frames())) {
                // the same frames and locals as the last step: their rows take the new values in place
                for (int i = 0; i < vm.frames().size(); i++) update(root.getChildren().get(i), vm.frames().get(i));
                return;
            }
            root.getChildren().clear();
            for (StackViewModel.FrameRow f : vm.frames()) {
                var fi = new TreeItem<>(new Row(f, null));
                fi.setExpanded(true);
                for (StackViewModel.LocalRow l : f.locals()) fi.getChildren().add(item(f, l));
                root.getChildren().add(fi);
            }
        } finally {
            selecting = false;
        }
        reflect(selection.get());
    }

    private static boolean sameShape(java.util.List<TreeItem<Row>> items, java.util.List<StackViewModel.FrameRow> frames) {
        if (items.size() != frames.size()) return false;
        for (int i = 0; i < frames.size(); i++) {
            if (!items.get(i).getValue().frame().key().equals(frames.get(i).key())) return false;
            if (!sameLocals(items.get(i).getChildren(), frames.get(i).locals())) return false;
        }
        return true;
    }

    private static boolean sameLocals(java.util.List<TreeItem<Row>> items, java.util.List<StackViewModel.LocalRow> locals) {
        if (items.size() != locals.size()) return false;
        for (int i = 0; i < locals.size(); i++) {
            if (!items.get(i).getValue().local().key().equals(locals.get(i).key())) return false;
            if (!sameLocals(items.get(i).getChildren(), locals.get(i).parts())) return false;
        }
        return true;
    }

    /** Gives a frame's rows (its locals and their parts, the same keys as before) their new values. */
    private static void update(TreeItem<Row> frameItem, StackViewModel.FrameRow f) {
        frameItem.getValue().set(f, null);
        updateLocals(frameItem.getChildren(), f, f.locals());
    }

    private static void updateLocals(java.util.List<TreeItem<Row>> items, StackViewModel.FrameRow f, java.util.List<StackViewModel.LocalRow> locals) {
        for (int i = 0; i < locals.size(); i++) {
            items.get(i).getValue().set(f, locals.get(i));
            updateLocals(items.get(i).getChildren(), f, locals.get(i).parts());
        }
    }


    /** Keys of the locals whose parts the learner opened: they stay open from step to step. */
    private final java.util.Set<String> expanded = new java.util.HashSet<>();

    private TreeItem<Row> item(StackViewModel.FrameRow f, StackViewModel.LocalRow l) {
        var it = new TreeItem<>(new Row(f, l));
        for (StackViewModel.LocalRow p : l.parts()) it.getChildren().add(item(f, p));
        it.setExpanded(expanded.contains(l.key()));
        it.expandedProperty().addListener((o, a, open) -> {
            if (open) expanded.add(l.key());
            else expanded.remove(l.key());
        });
        return it;
    }

    /** Selects the local another pane selected (or pointing into the selected block). */
    private void reflect(Selection.Target t) {
        selecting = true;
        try {
            for (TreeItem<Row> f : table.getRoot().getChildren()) {
                TreeItem<Row> hit = match(f, t);
                if (hit != null) {
                    if (table.getSelectionModel().getSelectedItem() != hit) table.getSelectionModel().select(hit);
                    return;
                }
            }
        } finally {
            selecting = false;
        }
    }

    /** The first visible local (a top-level one, or a part of an opened one) that is, or points at, the target. */
    private static TreeItem<Row> match(TreeItem<Row> parent, Selection.Target t) {
        for (TreeItem<Row> l : parent.getChildren()) {
            var local = l.getValue().local();
            if (local == null) continue;
            boolean hit = t instanceof Selection.Local sl && sl.key().equals(local.key())
                    || t instanceof Selection.Block b && local.pointsTo() != 0 && local.pointsTo() == b.address();
            if (hit) return l;
            if (l.isExpanded()) {
                TreeItem<Row> inner = match(l, t);
                if (inner != null) return inner;
            }
        }
        return null;
    }

    private static TreeTableColumn<Row, String> column(String title, double width, java.util.function.Function<Row, String> text) {
        var c = new TreeTableColumn<Row, String>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(p -> {
            Row r = p.getValue().getValue();
            if (r == null) return new ReadOnlyObjectWrapper<>("");
            // the cell follows the row's new values (Row.set) by itself
            return javafx.beans.binding.Bindings.createStringBinding(() -> text.apply(r), r.version());
        });
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null || s.length() < 30 ? null : new Tooltip(s));
            }
        });
        return c;
    }
}
