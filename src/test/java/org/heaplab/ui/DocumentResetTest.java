package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.heaplab.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Another program in the editor (Open, New, a scenario) takes the last program's run off every pane. */
@ExtendWith(ApplicationExtension.class)
class DocumentResetTest {
    private HeapLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("heaplab.home", Files.createTempDirectory("heaplab-home").toString());
        app = new HeapLabApp();
        app.start(stage);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    private void runToBreakpoint(FxRobot robot, int line) throws Exception {
        robot.interact(() -> app.openFile(Path.of("src/test/resources/conformance/19-intlist-main-hidden-leak/main.zig").toAbsolutePath()));
        robot.interact(() -> app.editor().toggleBreakpoint(line));
        robot.clickOn("#run");
        HeapLabAppTest.waitUntil(() -> status(robot).startsWith("Paused (breakpoint) at line " + line));
        assertThat(blocks(robot)).isNotZero();
    }

    private static String status(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#status-bar").queryAs(StatusBar.class).getText());
    }

    private static int blocks(FxRobot robot) throws Exception {
        // the Heap tab shows the window's step once it is shown (a hidden tab catches up when selected)
        HeapLabAppTest.showTab(robot, "heap-tab");
        return fx(() -> robot.lookup("#block-table").queryAs(TableView.class).getItems().size());
    }

    /** Every pane shows no run: no blocks, frames, output, step or timeline, and the toolbar can start a run. */
    private void assertForgotten(FxRobot robot, String after) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(blocks(robot)).as("blocks after " + after).isZero();
        HeapLabAppTest.showTab(robot, "stack-tab");
        assertThat(fx(() -> robot.lookup("#stack-table").queryAs(TreeTableView.class).getRoot().getChildren().size())).as("frames after " + after).isZero();
        assertThat(fx(() -> robot.lookup("#console").queryAs(StyleClassedTextArea.class).getText())).as("console after " + after).isEmpty();
        assertThat(fx(() -> robot.lookup("#step-count").queryAs(Label.class).getText())).as("step after " + after).isEmpty();
        assertThat(fx(() -> robot.lookup("#timeline-step").queryAs(Label.class).getText())).as("timeline after " + after).isEqualTo("No run yet");
        assertThat(status(robot)).as("status after " + after).isEqualTo("Ready");
        assertThat(app.lab().phaseProperty().get()).isEqualTo(LabViewModel.Phase.IDLE);
        assertThat(app.editor().currentLineProperty().get()).isZero();
    }

    @Test
    void openNewAndAScenarioEachStartWithEmptyPanes(FxRobot robot) throws Exception {
        runToBreakpoint(robot, 15);
        robot.interact(() -> app.openFile(Path.of("src/test/resources/conformance/12-double-free-detected/main.zig").toAbsolutePath()));
        assertForgotten(robot, "Open");

        runToBreakpoint(robot, 15);
        robot.clickOn("#new");
        assertForgotten(robot, "New");

        runToBreakpoint(robot, 15);
        var first = ScenarioLibrary.bundled().scenarios().getFirst();
        robot.interact(() -> app.openScenario(first));
        assertForgotten(robot, "a scenario");
    }

    @Test
    void anOpenedTraceShowsAllItsStepsAtOnceAndPausesAtTheFirst(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String program = Files.readString(Path.of("src/test/resources/conformance/19-intlist-main-hidden-leak/main.zig"));
        var recorded = org.heaplab.session.TraceFile.record("main.zig", program, org.heaplab.session.Session.Mode.RUN,
                org.heaplab.session.RunSettings.defaults(), (fd, b) -> { });
        Path trace = dir.resolve("run.json");
        Files.writeString(trace, recorded.trace().toJson());
        long steps = recorded.trace().steps();
        assertThat(steps).isGreaterThan(100);
        robot.interact(() -> app.editor().toggleBreakpoint(15)); // dropped with the program it was set in
        robot.interact(() -> app.openFile(trace));
        HeapLabAppTest.waitUntil(() -> status(robot).startsWith("Paused"));
        // the timeline's picture is computed off the JavaFX thread: it says so a moment later
        String expected = String.format("step 1 of %,d ·", steps);
        HeapLabAppTest.waitUntil(() -> fx(() -> robot.lookup("#timeline-step").queryAs(Label.class).getText()).startsWith(expected));
        assertThat(fx(() -> robot.lookup("#step-count").queryAs(Label.class).getText())).isEqualTo("step 1");
    }
}
