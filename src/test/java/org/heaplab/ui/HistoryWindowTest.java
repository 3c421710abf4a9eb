package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heaplab.ui.HeapLabAppTest.fx;
import static org.heaplab.ui.HeapLabAppTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.heaplab.picture.Scene;
import org.heaplab.trace.Snapshot;
import org.heaplab.ui.stack.CallStackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Where was this written?" and "where did this value come from?" asked from the Stack tab and
 * the memory picture, answered in the History tab, whose link lands on the writing line; a
 * watchpoint that stops a forward run, and reverse continue back to the previous write.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryWindowTest {
    static final String USE_AFTER_FREE = """
            const std = @import("std");

            pub fn main() !void {
                var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                defer _ = gpa.deinit();
                const allocator = gpa.allocator();

                const names = try allocator.alloc(u8, 4);
                defer allocator.free(names);
                const scores = try allocator.alloc(u8, 4);
                scores[0] = 7;
                allocator.free(scores);

                const first = scores[0];
                std.debug.print("first score: {d}\\n", .{first});
            }
            """;

    static final String SUMS = """
            const std = @import("std");

            pub fn main() void {
                var sum: u32 = 0;
                var i: u32 = 0;
                while (i < 5) : (i += 1) {
                    sum += i * 10;
                }
                std.debug.print("{d}\\n", .{sum});
            }
            """;

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

    private void runTo(FxRobot robot, String program, int line) throws Exception {
        Path file = Files.createTempDirectory("history").resolve("main.zig");
        Files.writeString(file, program);
        robot.interact(() -> app.openFile(file));
        robot.interact(() -> app.editor().toggleBreakpoint(line));
        robot.clickOn("#run");
        waitUntil(() -> status(robot).startsWith("Paused (breakpoint) at line " + line));
        robot.interact(() -> app.editor().toggleBreakpoint(line));
    }

    private List<String> answers(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#history-entries").queryAs(javafx.scene.layout.VBox.class).lookupAll(".history-text").stream()
                .map(n -> ((Label) n).getText()).toList());
    }

    /** Selects a local of the innermost frame in the Stack tab's tree. */
    private void selectLocal(FxRobot robot, String name) throws Exception {
        robot.interact(() -> robot.lookup("#live-panes").queryAs(TabPane.class).getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        var table = (TreeTableView<CallStackPane.Row>) robot.lookup("#stack-table").queryAs(TreeTableView.class);
        robot.interact(() -> {
            for (TreeItem<CallStackPane.Row> f : table.getRoot().getChildren()) {
                for (TreeItem<CallStackPane.Row> l : f.getChildren()) {
                    if (l.getValue().local() != null && l.getValue().local().name().equals(name)) table.getSelectionModel().select(l);
                }
            }
        });
        robot.interact(table::requestFocus);
    }

    private void clickFirstLink(FxRobot robot) throws Exception {
        Hyperlink link = fx(() -> (Hyperlink) robot.lookup("#history-entries").queryAs(javafx.scene.layout.VBox.class).lookup(".history-link"));
        robot.interact(link::fire);
    }

    @Test
    void askedFromTheStackTabTheAnswerLinksToTheWritingLineAndTheOriginReachesTheAllocatorsFree(FxRobot robot) throws Exception {
        runTo(robot, USE_AFTER_FREE, 15);
        assertThat(fx(() -> robot.lookup("#history-empty").queryAs(Label.class).getText())).startsWith("Pick a value in Stack");
        selectLocal(robot, "first");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W).release(KeyCode.W, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> answers(robot).stream().anyMatch(t -> t.startsWith("main.zig:14")));
        assertThat(fx(() -> robot.lookup("#live-panes").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText())).isEqualTo("History");
        HeapLabAppTest.Screenshots.take(robot, stage, "history-last-write-light.png");

        selectLocal(robot, "first");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> answers(robot).size() >= 2);
        List<String> chain = answers(robot);
        assertThat(chain.getFirst()).contains("main.zig:14").contains("copied from");
        assertThat(chain.getLast()).contains("main.zig:12").contains("0xAA from the allocator (freed)");
        robot.clickOn("#theme");
        HeapLabAppTest.Screenshots.take(robot, stage, "history-origin-dark.png");
        robot.clickOn("#theme");

        // the link lands just after the write: the free at line 12
        robot.interact(() -> {
            var links = robot.lookup(".history-link").queryAllAs(Hyperlink.class).stream().toList();
            links.getLast().fire();
        });
        waitUntil(() -> status(robot).startsWith("Paused (main.zig:12 wrote 0xAA (freed)"));
        assertThat(status(robot)).endsWith("at line 14");
    }

    @Test
    void askedFromThePictureTheLinkGoesToTheLineThatWroteTheCell(FxRobot robot) throws Exception {
        runTo(robot, USE_AFTER_FREE, 15);
        Snapshot s = app.lab().getSnapshot();
        String key = s.top().locals().stream().filter(l -> l.name().equals("first")).findFirst().orElseThrow().key();
        var diagram = app.diagram();
        Scene.Box cell = fx(() -> diagram.scene().box(key));
        assertThat(cell).isNotNull();
        List<MenuItem> items = fx(() -> diagram.questionsAt(cell));
        assertThat(items).extracting(MenuItem::getText).contains("Where was this written?", "Where did this value come from?", "Break when written");
        robot.interact(() -> items.stream().filter(i -> "ask-last-write".equals(i.getId())).findFirst().orElseThrow().fire());
        waitUntil(() -> answers(robot).stream().anyMatch(t -> t.startsWith("main.zig:14")));
        clickFirstLink(robot);
        waitUntil(() -> status(robot).startsWith("Paused (main.zig:14 wrote"));
        assertThat(status(robot)).endsWith("at line 15");
        // and "next write" from there: nothing wrote it since
        robot.clickOn("#history-next-write");
        waitUntil(() -> answers(robot).stream().anyMatch(t -> t.startsWith("No write of `first` after step")));
    }

    @Test
    void aWatchpointStopsARunForwardAndReverseContinueGoesBackToThePreviousWrite(FxRobot robot) throws Exception {
        runTo(robot, SUMS, 5);
        selectLocal(robot, "sum");
        robot.interact(() -> {
            var menu = robot.lookup("#stack-table").queryAs(TreeTableView.class).getContextMenu();
            menu.getOnShowing().handle(null);
            menu.getItems().stream().filter(i -> "ask-watch".equals(i.getId())).findFirst().orElseThrow().fire();
        });
        waitUntil(() -> fx(() -> robot.lookup("#breakpoint-list").queryAs(javafx.scene.control.ListView.class).getItems().size()) == 1);
        robot.clickOn("#run");
        waitUntil(() -> status(robot).startsWith("Paused") && status(robot).contains("main.zig:7"));
        long first = app.lab().getSnapshot().step();
        robot.clickOn("#run");
        waitUntil(() -> status(robot).startsWith("Paused") && app.lab().getSnapshot().step() > first);
        long second = app.lab().getSnapshot().step();
        assertThat(status(robot)).contains("main.zig:7");
        HeapLabAppTest.Screenshots.take(robot, stage, "watchpoint-stop.png");
        // on past the write, then back: reverse continue lands just after the last write, then the one before
        robot.clickOn("#step-over");
        waitUntil(() -> status(robot).startsWith("Paused") && app.lab().getSnapshot().step() > second);
        robot.interact(() -> robot.lookup("#bottom-tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        robot.clickOn("#reverse-continue");
        waitUntil(() -> status(robot).startsWith("Paused (watchpoint") && app.lab().getSnapshot().step() == second);
        HeapLabAppTest.Screenshots.take(robot, stage, "watchpoint-breakpoints-tab.png");
        robot.press(KeyCode.SHIFT, KeyCode.F7).release(KeyCode.F7, KeyCode.SHIFT);
        waitUntil(() -> status(robot).startsWith("Paused (watchpoint") && app.lab().getSnapshot().step() == first);
    }
}
