package org.heaplab.ui.problems;

import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.heaplab.trace.Snapshot;
import org.heaplab.ui.common.Selection;

/**
 * The Problems list: each problem with its explanation below it and a link to its lesson;
 * clicking a problem goes to its line, and a memory error also opens its card.
 */
public final class ProblemsPane extends BorderPane {
    private final ListView<ProblemsViewModel.Problem> list = new ListView<>();
    private Consumer<String> onLesson = id -> { };

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
                setText(null);
                setGraphic(empty || p == null ? null : cell(p));
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

    /** Where a problem's lesson link goes: the scenario with that id. */
    public void setOnLesson(Consumer<String> onLesson) { this.onLesson = onLesson; }

    private VBox cell(ProblemsViewModel.Problem p) {
        var title = new Label(p.label());
        title.getStyleClass().add("problem-label");
        var box = new VBox(1, title);
        if (p.explanation() != null) {
            var text = new Label(p.explanation());
            text.getStyleClass().addAll("problem-explanation", atlantafx.base.theme.Styles.TEXT_SMALL);
            text.setWrapText(true);
            text.maxWidthProperty().bind(list.widthProperty().subtract(40));
            box.getChildren().add(text);
        }
        if (p.lesson() != null) {
            var lesson = new Hyperlink("Lesson: scenario " + p.lesson());
            lesson.getStyleClass().addAll("problem-lesson", atlantafx.base.theme.Styles.TEXT_SMALL);
            lesson.setOnAction(a -> onLesson.accept(p.lesson()));
            box.getChildren().add(lesson);
        }
        return box;
    }
}
