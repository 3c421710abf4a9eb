package org.heaplab.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.heaplab.ui.common.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The gutter's current-line arrow follows a step by itself: the arrow moves to the new line and
 * the gutters of the other lines on screen stay the same nodes (a step used to re-create every one).
 */
@ExtendWith(ApplicationExtension.class)
class GutterArrowTest {
    private EditorPane editor;
    private Stage own;

    @Start
    void start(Stage stage) {
        editor = new EditorPane();
        own = new Stage();
        own.setScene(new Scene(editor, 600, 400));
        own.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(own::close);
    }

    /** The gutters on screen by their line number. */
    private static java.util.Map<String, Node> gutters(FxRobot robot) {
        var out = new java.util.HashMap<String, Node>();
        for (Node g : robot.lookup("." + Styles.GUTTER).queryAll()) {
            ((Parent) g).getChildrenUnmodifiable().stream().filter(n -> n instanceof Label).findFirst().ifPresent(l -> out.put(((Label) l).getText(), g));
        }
        return out;
    }

    /** The line numbers whose arrow shows. */
    private static List<String> arrowLines(FxRobot robot) {
        return robot.lookup("." + Styles.CURRENT_ARROW).queryAll().stream().filter(a -> a.getOpacity() > 0)
                .map(a -> ((Parent) a.getParent()).getChildrenUnmodifiable().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
                        .findFirst().orElse("?"))
                .toList();
    }

    @Test
    void theArrowMovesAndTheGuttersStay(FxRobot robot) {
        robot.interact(() -> editor.setText("const a = 1;\nconst b = 2;\nconst c = 3;\nconst d = 4;\n"));
        robot.interact(() -> editor.currentLineProperty().set(2));
        WaitForAsyncUtils.waitForFxEvents();
        var before = gutters(robot);
        assertThat(before).containsKeys("1", "2", "3", "4", "5");
        assertThat(arrowLines(robot)).containsExactly("2");

        robot.interact(() -> editor.currentLineProperty().set(4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(arrowLines(robot)).containsExactly("4");
        // every line on screen keeps its gutter, the two current lines' too (their text is not re-styled)
        var after = gutters(robot);
        for (String line : List.of("1", "2", "3", "4", "5")) assertThat(after.get(line)).as("line " + line).isSameAs(before.get(line));
    }

    @Test
    void thePausedLinesBackgroundFollowsTheStep(FxRobot robot) {
        robot.interact(() -> editor.setText("const a = 1;\nconst b = 2;\nconst c = 3;\nconst d = 4;\n"));
        robot.interact(() -> editor.currentLineProperty().set(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(markedLines(robot)).containsExactly("2");
        robot.interact(() -> editor.currentLineProperty().set(4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(markedLines(robot)).containsExactly("4");
        robot.interact(() -> editor.currentLineProperty().set(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(markedLines(robot)).isEmpty();
    }

    /** The line numbers whose box has the paused line's background. */
    private static List<String> markedLines(FxRobot robot) {
        return gutters(robot).entrySet().stream().filter(e -> e.getValue().getParent().getPseudoClassStates().contains(EditorPane.RUN_LINE))
                .map(java.util.Map.Entry::getKey).toList();
    }
}
