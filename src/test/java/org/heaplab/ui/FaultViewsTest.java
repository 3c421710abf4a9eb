package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.chart.LineChart;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.heaplab.ui.faults.CompareViewModel;
import org.heaplab.ui.faults.SweepViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Sweep and Compare views in the real window, headless: a sweep lists each allocation point
 * with its outcome and opens a row's run paused where its allocation failed; a comparison lists
 * each allocator with its timeline and opens a row's run on that allocator; the fault control by
 * the run buttons and the one in the Breakpoints tab show the same settings.
 */
@ExtendWith(ApplicationExtension.class)
class FaultViewsTest {
    private Stage stage;
    private HeapLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("heaplab-home");
        System.setProperty("heaplab.home", home.toString());
        this.stage = stage;
        app = new HeapLabApp();
        app.start(stage);
    }

    private String status(FxRobot robot) throws Exception {
        return HeapLabAppTest.fx(() -> robot.lookup("#status-bar").queryAs(StatusBar.class).getText());
    }

    private void openAndShow(FxRobot robot, String file, String tab) throws Exception {
        Path p = Path.of("src/test/resources/faults", file).toAbsolutePath();
        robot.interact(() -> {
            app.openFile(p);
            TabPane tabs = robot.lookup("#live-panes").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals(tab)).findFirst().orElseThrow());
        });
    }

    private static String runTip(FxRobot robot) {
        return robot.lookup("#run").queryAs(Button.class).getTooltip().getText();
    }

    @SuppressWarnings("unchecked")
    private static String rootAllocator(FxRobot robot) {
        var box = robot.lookup("#bp-root-allocator").queryAs(javafx.scene.control.ChoiceBox.class);
        return box.getConverter().toString(box.getValue());
    }

    @SuppressWarnings("unchecked")
    @Test
    void sweepListsEachAllocationPointAndOpensItsRunPausedWhereItFailed(FxRobot robot) throws Exception {
        openAndShow(robot, "missing-errdefer.zig", "Sweep");
        robot.clickOn("#sweep-start");
        TableView<SweepViewModel.Row> table = robot.lookup("#sweep-table").queryAs(TableView.class);
        HeapLabAppTest.waitUntil(() -> HeapLabAppTest.fx(() -> robot.lookup("#sweep-status").queryAs(Label.class).getText()).startsWith("2 allocation points"));
        var rows = HeapLabAppTest.fx(() -> java.util.List.copyOf(table.getItems()));
        assertThat(rows).extracting(SweepViewModel.Row::outcome).containsExactly("clean", "leaked 1 block(s) allocated at missing-errdefer.zig:8");
        assertThat(rows).extracting(SweepViewModel.Row::where).containsExactly("missing-errdefer.zig:8", "missing-errdefer.zig:9");
        HeapLabAppTest.Screenshots.take(robot, stage, "sweep-view.png");

        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#sweep-open");
        // paused at the statement whose allocation fails (the run went past it to the breakpoint, then back)
        try {
            HeapLabAppTest.waitUntil(() -> status(robot).startsWith("Paused") && status(robot).endsWith("at line 9"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("status: " + status(robot), e);
        }
        // the run set the control by the run buttons, and the breakpoint it paused on is listed
        assertThat(HeapLabAppTest.fx(() -> robot.lookup("#bp-fail-alloc").queryAs(Spinner.class).getValue())).isEqualTo(2);
        assertThat(HeapLabAppTest.fx(() -> runTip(robot))).endsWith("Fault injection: allocation 2 fails (right-click to change)");
        assertThat(HeapLabAppTest.fx(() -> robot.lookup("#run").queryAs(Button.class).getContextMenu().getId())).isEqualTo("faults-menu");
        ListView<?> bps = robot.lookup("#breakpoint-list").queryAs(ListView.class);
        assertThat(HeapLabAppTest.fx(() -> bps.getItems().stream().map(e -> ((org.heaplab.ui.breakpoints.BreakpointsPane.Entry) e).text()).toList()))
                .containsExactly("an allocation that fails");
        // stepping over it: init has no errdefer, so main's deferred deinit is the next statement to run
        robot.clickOn("#step-over");
        HeapLabAppTest.waitUntil(() -> status(robot).startsWith("Paused") && !status(robot).endsWith("at line 9"));
        assertThat(status(robot)).endsWith("at line 21");
        robot.clickOn("#run");
        HeapLabAppTest.waitUntil(() -> HeapLabAppTest.fx(() -> app.lab().phaseProperty().get()) == LabViewModel.Phase.IDLE);
        assertThat(status(robot)).isEqualTo("Main returned error.OutOfMemory");
        HeapLabAppTest.Screenshots.take(robot, stage, "sweep-open-run.png");
    }

    @SuppressWarnings("unchecked")
    @Test
    void compareListsEachAllocatorWithItsTimelineAndOpensItsRun(FxRobot robot) throws Exception {
        openAndShow(robot, "forgets-one.zig", "Compare");
        robot.interact(() -> robot.lookup("#compare-with").queryAs(TextField.class).setText("own,arena,page"));
        robot.clickOn("#compare-start");
        TableView<CompareViewModel.Row> table = robot.lookup("#compare-table").queryAs(TableView.class);
        HeapLabAppTest.waitUntil(() -> HeapLabAppTest.fx(() -> robot.lookup("#compare-status").queryAs(Label.class).getText()).startsWith("Ran on 3 allocators"));
        var rows = HeapLabAppTest.fx(() -> java.util.List.copyOf(table.getItems()));
        assertThat(rows).extracting(CompareViewModel.Row::allocator).containsExactly("own", "arena", "page");
        assertThat(rows).extracting(CompareViewModel.Row::output).containsExactly("(first)", "same", "same");
        assertThat(rows).extracting(CompareViewModel.Row::reported).containsExactly("1 leak", "none", "none");
        assertThat(rows).extracting(CompareViewModel.Row::unseen).containsExactly("none", "1 leak", "1 leak");
        LineChart<?, ?> chart = robot.lookup("#compare-chart").queryAs(LineChart.class);
        assertThat(HeapLabAppTest.fx(() -> chart.getData().size())).isEqualTo(3);
        HeapLabAppTest.Screenshots.take(robot, stage, "compare-view.png");

        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#compare-open");
        assertThat(HeapLabAppTest.fx(() -> rootAllocator(robot))).isEqualTo("arena");
        assertThat(HeapLabAppTest.fx(() -> runTip(robot))).contains("the root allocator is arena");
        HeapLabAppTest.waitUntil(() -> !status(robot).startsWith("Running") && !status(robot).startsWith("Compiling"));
        // on the arena, the forgotten block is not reported: no leak notice, no card
        assertThat(status(robot)).doesNotContain("leak");
        robot.interact(() -> robot.lookup("#bp-faults-clear").queryAs(Button.class).fire());
        assertThat(HeapLabAppTest.fx(() -> rootAllocator(robot))).isEqualTo("as written");
        assertThat(HeapLabAppTest.fx(() -> runTip(robot))).endsWith("Right-click: fail an allocation, or run on another allocator");
    }
}
