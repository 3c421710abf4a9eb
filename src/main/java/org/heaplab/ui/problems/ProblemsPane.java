package org.heaplab.ui.problems;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import org.heaplab.trace.Snapshot;
import org.heaplab.ui.common.Selection;

/** The Problems list: clicking a problem goes to its line; a memory error also opens its card. */
public final class ProblemsPane extends BorderPane {
    private final ListView<ProblemsViewModel.Problem> list = new ListView<>();

    public ProblemsPane(ProblemsViewModel vm, Selection selection, Consumer<Snapshot.MemoryError> openCard) {
        list.setId("problems");
        list.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        list.setItems(vm.problems());
        list.setPlaceholder(new Label("No problems."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ProblemsViewModel.Problem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("problem-error", "problem-memory");
                setText(empty || p == null ? null : p.label());
                if (!empty && p != null) getStyleClass().add(p.error() != null ? "problem-memory" : "problem-error");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p == null) return;
            if (p.position() != null) selection.select(new Selection.Line(p.position()));
            if (p.error() != null) {
                if (p.error().address() != 0) selection.select(new Selection.Block(p.error().address()));
                openCard.accept(p.error());
            }
        });
        setCenter(list);
    }
}
