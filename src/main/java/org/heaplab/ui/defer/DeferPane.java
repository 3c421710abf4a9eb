package org.heaplab.ui.defer;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import org.heaplab.ui.common.Selection;
import org.heaplab.ui.common.Styles;

/** The Defer queue pane: each scope's pending defer and errdefer statements, next to run first; a firing one stands out. */
public final class DeferPane extends BorderPane {
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());

    public DeferPane(DeferViewModel vm, Selection selection) {
        getStyleClass().add("defer-pane");
        tree.setId("defer-tree");
        tree.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(Styles.FIRING, Styles.ON_ERROR, "scope-row");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                switch (item) {
                    case DeferViewModel.ScopeRow s -> {
                        setText(s.title());
                        getStyleClass().add("scope-row");
                    }
                    case DeferViewModel.DeferRow d -> {
                        setText(d.label());
                        if (d.firing()) getStyleClass().add(Styles.FIRING);
                        else if (d.onErrorOnly()) getStyleClass().add(Styles.ON_ERROR);
                    }
                    default -> setText(item.toString());
                }
            }
        });
        var empty = new Label("No defer is pending at this step.");
        empty.getStyleClass().add(Styles.MUTED);
        vm.scopes().addListener((ListChangeListener<DeferViewModel.ScopeRow>) c -> {
            tree.getRoot().getChildren().clear();
            for (DeferViewModel.ScopeRow s : vm.scopes()) {
                var si = new TreeItem<Object>(s);
                si.setExpanded(true);
                for (DeferViewModel.DeferRow d : s.defers()) si.getChildren().add(new TreeItem<>(d));
                tree.getRoot().getChildren().add(si);
            }
            setCenter(vm.scopes().isEmpty() ? empty : tree);
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue() instanceof DeferViewModel.DeferRow d) selection.select(new Selection.Line(d.position()));
        });
        setCenter(empty);
    }
}
