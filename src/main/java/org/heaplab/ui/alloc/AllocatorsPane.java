package org.heaplab.ui.alloc;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.heaplab.trace.AllocatorInfo;
import org.heaplab.ui.common.Selection;
import org.heaplab.ui.common.Styles;
import org.heaplab.ui.settings.ReadOnlyItem;

/** The Allocators pane: the chain as a tree with each allocator's accounting, the selected one's internals, and the calls passing through. */
public final class AllocatorsPane extends BorderPane {
    private final TreeTableView<AllocatorsViewModel.Node> tree = new TreeTableView<>(new TreeItem<>());
    private final PropertySheet internals = new PropertySheet();
    private final ListView<String> calls = new ListView<>();
    private boolean following;
    private final Label callsTitle = new Label("Calls passing through the allocators (newest first)");

    private final AllocatorsViewModel vm;

    public AllocatorsPane(AllocatorsViewModel vm, Selection selection) {
        this.vm = vm;
        getStyleClass().add("allocators-pane");
        tree.setId("allocator-tree");
        tree.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        calls.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        calls.setId("allocator-calls");
        internals.setId("allocator-internals");
        tree.setShowRoot(false);
        tree.setPlaceholder(new Label("No allocator has been called yet."));
        tree.getColumns().add(col("Allocator", 170, AllocatorsViewModel.Node::title));
        tree.getColumns().add(col("Live blocks", 80, n -> Integer.toString(n.allocator().liveBlocks())));
        tree.getColumns().add(col("Requested", 80, n -> bytes(n.allocator().liveBytes())));
        tree.getColumns().add(col("Reserved", 80, n -> bytes(n.allocator().reservedBytes())));
        tree.getColumns().add(col("Peak", 80, n -> bytes(n.allocator().peakBytes())));
        tree.getColumns().add(col("Allocs / frees", 100, n -> n.allocator().allocations() + " / " + n.allocator().frees()));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(AllocatorsViewModel.Node item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(Styles.CHANGED);
                if (!empty && item != null && item.changed()) getStyleClass().add(Styles.CHANGED);
            }
        });
        internals.setModeSwitcherVisible(false);
        internals.setSearchBoxVisible(false);
        internals.setMode(PropertySheet.Mode.NAME);

        vm.roots().addListener((ListChangeListener<AllocatorsViewModel.Node>) c -> rebuild(vm));
        // a block selected elsewhere selects the allocator that handed it out
        selection.currentProperty().addListener((o, a, t) -> {
            if (!(t instanceof Selection.Block b)) return;
            Integer owner = vm.ownerOf(b.address());
            var item = owner == null ? null : find(tree.getRoot(), owner);
            if (item == null) return;
            following = true;
            try {
                tree.getSelectionModel().select(item);
            } finally {
                following = false;
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            showInternals(item == null ? null : item.getValue());
            var node = item == null ? null : item.getValue();
            vm.selectedProperty().set(node == null ? null : node.allocator().id());
            callsTitle.setText(node == null ? "Calls passing through the allocators (newest first)"
                    : "Calls to " + node.title() + " (newest first)");
            if (!following && item != null && item.getValue() != null) selection.select(new Selection.Allocator(item.getValue().allocator().id()));
        });
        calls.setItems(vm.calls());
        calls.setPlaceholder(new Label("Calls through the allocators appear here."));

        callsTitle.getStyleClass().add(Styles.PANE_TITLE);
        var callsBox = new VBox(2, callsTitle, calls);
        VBox.setVgrow(calls, javafx.scene.layout.Priority.ALWAYS);
        var internalsBox = new VBox(2, title("Internals of the selected allocator"), internals);
        VBox.setVgrow(internals, javafx.scene.layout.Priority.ALWAYS);
        var split = new SplitPane(tree, internalsBox, callsBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42, 0.74);
        setCenter(split);
    }

    private static Label title(String s) {
        var l = new Label(s);
        l.getStyleClass().add(Styles.PANE_TITLE);
        return l;
    }

    private void rebuild(AllocatorsViewModel vm) {
        Integer selected = tree.getSelectionModel().getSelectedItem() == null || tree.getSelectionModel().getSelectedItem().getValue() == null
                ? null : tree.getSelectionModel().getSelectedItem().getValue().allocator().id();
        tree.getRoot().getChildren().clear();
        for (AllocatorsViewModel.Node n : vm.roots()) tree.getRoot().getChildren().add(item(n));
        TreeItem<AllocatorsViewModel.Node> toSelect = selected == null ? deepest(tree.getRoot()) : find(tree.getRoot(), selected);
        following = true; // keeping the selection across steps is not the learner selecting
        try {
            if (toSelect != null) tree.getSelectionModel().select(toSelect);
        } finally {
            following = false;
        }
    }

    /** The allocator nearest the program (the leaf of the first chain), selected by default. */
    private static TreeItem<AllocatorsViewModel.Node> deepest(TreeItem<AllocatorsViewModel.Node> root) {
        TreeItem<AllocatorsViewModel.Node> t = root;
        while (!t.getChildren().isEmpty()) t = t.getChildren().get(0);
        return t == root ? null : t;
    }

    private static TreeItem<AllocatorsViewModel.Node> find(TreeItem<AllocatorsViewModel.Node> t, int id) {
        if (t.getValue() != null && t.getValue().allocator().id() == id) return t;
        for (var c : t.getChildren()) {
            var f = find(c, id);
            if (f != null) return f;
        }
        return null;
    }

    private static TreeItem<AllocatorsViewModel.Node> item(AllocatorsViewModel.Node n) {
        var i = new TreeItem<>(n);
        i.setExpanded(true);
        for (var c : n.children()) i.getChildren().add(item(c));
        return i;
    }

    private void showInternals(AllocatorsViewModel.Node n) {
        internals.getItems().clear();
        if (n == null) return;
        AllocatorInfo d = n.allocator();
        String cat = d.kind();
        internals.getItems().add(new ReadOnlyItem(cat, "type", vm.typeOf(d)));
        internals.getItems().add(new ReadOnlyItem(cat, "state at", "0x" + Long.toHexString(d.address())));
        internals.getItems().add(new ReadOnlyItem(cat, "refused allocations", Long.toString(d.refusedAllocations())));
        internals.getItems().add(new ReadOnlyItem(cat, "refused resizes", Long.toString(d.refusedResizes())));
        for (AllocatorInfo.Detail det : d.details()) internals.getItems().add(new ReadOnlyItem(cat, det.name(), det.value()));
    }

    static String bytes(long n) {
        return n < 10_000 ? n + " B" : n < 10_000_000 ? (n >> 10) + " KiB" : (n >> 20) + " MiB";
    }

    private static TreeTableColumn<AllocatorsViewModel.Node, String> col(String title, double w,
                                                                          java.util.function.Function<AllocatorsViewModel.Node, String> f) {
        var c = new TreeTableColumn<AllocatorsViewModel.Node, String>(title);
        c.setPrefWidth(w);
        c.setCellValueFactory(p -> new ReadOnlyObjectWrapper<>(p.getValue().getValue() == null ? "" : f.apply(p.getValue().getValue())));
        return c;
    }
}
