package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heaplab.ui.HeapLabAppTest.fx;
import static org.heaplab.ui.HeapLabAppTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.heaplab.ui.problems.ProblemsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window explains every report and links it to its lesson (a panic's card, a compile error
 * in the Problems list), and its Diff view shows what happened between two moments: since the
 * last stop, and over a range of steps replayed off the JavaFX thread.
 */
@ExtendWith(ApplicationExtension.class)
class ExplainAndDiffWindowTest {
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

    /** Opens a program from a file, as a learner would (so the editor has nothing unsaved to ask about). */
    private void open(FxRobot robot, String program) throws Exception {
        Path p = Files.createTempDirectory("heaplab-program").resolve("main.zig");
        Files.writeString(p, program);
        robot.interact(() -> app.openFile(p));
    }

    private String status(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#status-bar").queryAs(StatusBar.class).getText());
    }

    private void bottomTab(FxRobot robot, String title) {
        robot.interact(() -> {
            for (String id : java.util.List.of("#bottom-tabs", "#live-panes")) {
                TabPane tabs = robot.lookup(id).queryAs(TabPane.class);
                tabs.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
            }
        });
    }

    @Test
    void aPanicsCardExplainsItWithTheValuesOnTheLineAndOpensItsLesson(FxRobot robot) throws Exception {
        open(robot, """
                const std = @import("std");
                pub fn main() void {
                    var total: u8 = 250;
                    var i: u8 = 0;
                    while (i < 10) : (i += 1) {
                        total += i;
                    }
                    std.debug.print("{}\\n", .{total});
                }
                """);
        robot.clickOn("#run");
        waitUntil(() -> fx(() -> robot.lookup("#error-card-title").tryQuery()).isPresent());
        assertThat(fx(() -> robot.lookup("#error-card-title").queryAs(Label.class)).getText()).isEqualTo("Panic: integer overflow");
        String text = fx(() -> robot.lookup("#error-card").queryAs(ErrorCard.class).getChildren().stream()
                .filter(n -> n.getStyleClass().contains("card-text")).map(n -> ((Label) n).getText()).findFirst().orElse(""));
        assertThat(text).contains("did not fit its integer type").contains("Values on the failing line: total = 253, i = 3.").contains("Fix:");
        Hyperlink lesson = fx(() -> robot.lookup("#error-card-lesson").queryAs(Hyperlink.class));
        assertThat(lesson.getText()).isEqualTo("Lesson: scenario 24-safety-checks");
        HeapLabAppTest.Screenshots.take(robot, stage, "error-card-integer-overflow.png");
        robot.interact(lesson::fire);
        waitUntil(() -> stage.getTitle().contains("Scenario 24"));
        assertThat(app.editor().getText()).contains("fn average(scores: []const u8) u8");
    }

    @Test
    void theProblemsListExplainsACompileErrorAndLinksItsLesson(FxRobot robot) throws Exception {
        open(robot, """
                pub fn main() void {
                    var n: u8 = 1;
                    _ = n;
                }
                """);
        bottomTab(robot, "Problems");
        waitUntil(() -> !fx(() -> robot.lookup("#problems").queryAs(ListView.class)).getItems().isEmpty());
        var problem = (ProblemsViewModel.Problem) fx(() -> robot.lookup("#problems").queryAs(ListView.class)).getItems().getFirst();
        assertThat(problem.label()).isEqualTo("main.zig:2: error: local variable is never mutated");
        assertThat(problem.explanation()).startsWith("var never mutated: A `var` is never changed.").contains("Fix: Write `const`.");
        assertThat(problem.lesson()).isEqualTo("03-alloc-free-defer");
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> explanations = new ArrayList<>();
        robot.interact(() -> robot.lookup(".problem-explanation").queryAll().forEach(n -> explanations.add((Label) n)));
        assertThat(explanations).isNotEmpty();
        assertThat(explanations.getFirst().getText()).contains("Zig wants `const` wherever nothing changes");
        Hyperlink lesson = fx(() -> robot.lookup(".problem-lesson").queryAs(Hyperlink.class));
        assertThat(lesson.getText()).isEqualTo("Lesson: scenario 03-alloc-free-defer");
        robot.interact(lesson::fire);
        waitUntil(() -> stage.getTitle().contains("Scenario 03"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> diffLines(FxRobot robot) throws Exception {
        return fx(() -> List.copyOf(robot.lookup("#diff-lines").queryAs(ListView.class).getItems()));
    }

    @Test
    void theDiffViewShowsWhatHappenedSinceTheLastStopAndOverARange(FxRobot robot) throws Exception {
        open(robot, org.heaplab.session.StepDiffTest.LIST_PROGRAM);
        robot.interact(() -> app.editor().toggleBreakpoint(11));
        robot.interact(() -> app.editor().toggleBreakpoint(15));
        robot.clickOn("#run");
        waitUntil(() -> status(robot).startsWith("Paused (breakpoint) at line 11"));
        robot.clickOn("#run");
        waitUntil(() -> status(robot).startsWith("Paused (breakpoint) at line 15"));
        bottomTab(robot, "Diff");
        robot.clickOn("#diff-since-stop");
        WaitForAsyncUtils.waitForFxEvents();
        String summary = fx(() -> robot.lookup("#diff-summary").queryAs(Label.class).getText());
        assertThat(summary).startsWith("Since the last stop (step ").contains("1 allocated, 1 moved");
        assertThat(diffLines(robot)).anyMatch(l -> l.matches("allocated 0x7f[0-9a-f]+ 32 bytes \\(main\\.zig:13\\)"))
                .anyMatch(l -> l.matches("moved 0x7f[0-9a-f]+ 32 bytes to 0x7f[0-9a-f]+ 80 bytes \\(main\\.zig:13\\)"))
                .anyMatch(l -> l.startsWith("pointer `list.items` in main now points to 0x7f"));
        HeapLabAppTest.Screenshots.take(robot, stage, "diff-since-last-stop.png");

        // a range: from step 1 to the current stop, replayed on a worker thread
        robot.interact(() -> {
            robot.lookup("#diff-from").queryAs(TextField.class).setText("1");
            robot.lookup("#diff-to").queryAs(TextField.class).setText("");
        });
        robot.clickOn("#diff-compare");
        waitUntil(() -> fx(() -> robot.lookup("#diff-summary").queryAs(Label.class).getText()).startsWith("From step 1 to step"));
        assertThat(diffLines(robot)).anyMatch(l -> l.matches("moved 0x7f[0-9a-f]+ 32 bytes to 0x7f[0-9a-f]+ 80 bytes \\(main\\.zig:13\\)"))
                .anyMatch(l -> l.startsWith("allocator #0 DebugAllocator: live blocks 0 -> 1, live bytes 0 -> 80"));
        // the empty "to" field took the current stop's step
        assertThat(fx(() -> robot.lookup("#diff-to").queryAs(TextField.class).getText())).isNotBlank();
    }
}
