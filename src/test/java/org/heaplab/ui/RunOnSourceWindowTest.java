package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heaplab.ui.HeapLabAppTest.fx;
import static org.heaplab.ui.HeapLabAppTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The run on the source in the window: hit counts in the gutter after a loop, the iteration and the assigned values at the ends of lines. */
@ExtendWith(ApplicationExtension.class)
class RunOnSourceWindowTest {
    private Stage stage;
    private HeapLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("heaplab.home", Files.createTempDirectory("heaplab-home").toString());
        this.stage = stage;
        app = new HeapLabApp();
        app.start(stage);
    }

    private String status(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#status-bar").queryAs(StatusBar.class).getText());
    }

    private List<String> texts(FxRobot robot, String style) throws Exception {
        return fx(() -> robot.lookup("." + style).queryAllAs(Label.class).stream().filter(l -> l.isVisible()).map(Label::getText).toList());
    }

    @Test
    void theGutterCountsTheLoopAndThePausedLineShowsItsIterationAndValues(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("run-on-source");
        Path file = dir.resolve("main.zig");
        Files.writeString(file, org.heaplab.session.SourceRunTestPrograms.LOOPS);
        robot.interact(() -> app.openFile(file));
        robot.interact(() -> app.editor().toggleBreakpoint(7));
        robot.clickOn("#run");
        waitUntil(() -> status(robot).startsWith("Paused (breakpoint) at line 7"));
        // no line has run twice yet: the for line ran once, line 7 not yet
        waitUntil(() -> texts(robot, "hit-count").contains("1×"));
        for (int i = 2; i <= 3; i++) {
            robot.clickOn("#run");
            int n = i;
            waitUntil(() -> texts(robot, "inline-loop").stream().anyMatch(t -> t.startsWith("iteration " + n + " of 5")));
        }
        assertThat(texts(robot, "hit-count")).contains("2×", "3×");
        assertThat(texts(robot, "inline-value")).anyMatch(t -> t.equals("sum = 9"));
        assertThat(fx(() -> robot.lookup("#loop-iteration").queryAs(Label.class).getText())).isEqualTo("line 6: iteration 3 of 5");
        HeapLabAppTest.Screenshots.take(robot, stage, "run-on-source-light.png");
        robot.clickOn("#theme");
        HeapLabAppTest.Screenshots.take(robot, stage, "run-on-source-dark.png");
        robot.clickOn("#theme");

        // running on: the values go, and at the end the counts of the whole run stay
        robot.interact(() -> app.editor().toggleBreakpoint(7));
        robot.clickOn("#run");
        waitUntil(() -> texts(robot, "hit-count").contains("5×"));
        assertThat(texts(robot, "inline-value")).isEmpty();
        assertThat(texts(robot, "hit-count")).contains("5×", "4×", "1×");
        assertThat(status(robot)).doesNotStartWith("Paused");
    }
}
