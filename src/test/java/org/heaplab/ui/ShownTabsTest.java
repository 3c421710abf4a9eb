package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heaplab.ui.HeapLabAppTest.fx;
import static org.heaplab.ui.HeapLabAppTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.heaplab.trace.Snapshot;
import org.heaplab.ui.heap.HeapViewModel;
import org.heaplab.ui.stack.CallStackPane;
import org.heaplab.ui.stack.StackViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The tabs beside the picture follow the steps only while shown: a tab hidden during steps
 * shows the window's current step the moment it is selected, never the step it last saw.
 */
@ExtendWith(ApplicationExtension.class)
class ShownTabsTest {
    private HeapLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("heaplab.home", Files.createTempDirectory("heaplab-home").toString());
        app = new HeapLabApp();
        app.start(stage);
    }

    private static String status(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#status-bar").queryAs(StatusBar.class).getText());
    }

    private static void select(FxRobot robot, String tabId) throws Exception {
        fx(() -> {
            TabPane tabs = robot.lookup("#live-panes").queryAs(TabPane.class);
            Tab tab = tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
            return null;
        });
    }

    private static List<String> blockKeys(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#block-table").queryAs(TableView.class).getItems().stream()
                .map(r -> ((HeapViewModel.BlockRow) r).key()).toList());
    }

    private static List<String> frameTitles(FxRobot robot) throws Exception {
        return fx(() -> {
            @SuppressWarnings("unchecked")
            TreeTableView<CallStackPane.Row> t = robot.lookup("#stack-table").queryAs(TreeTableView.class);
            return t.getRoot().getChildren().stream().map(TreeItem::getValue).map(r -> r.frame().title()).toList();
        });
    }

    /** What the Stack tab shows for this snapshot, computed afresh. */
    private static List<String> framesOf(Snapshot s) {
        var vm = new StackViewModel();
        vm.show(s);
        return vm.frames().stream().map(StackViewModel.FrameRow::title).toList();
    }

    @Test
    void aHiddenTabShowsTheCurrentStepWhenSelected(FxRobot robot) throws Exception {
        Path p = Path.of("src/test/resources/conformance/19-intlist-main-hidden-leak/main.zig").toAbsolutePath();
        robot.interact(() -> app.openFile(p));
        robot.interact(() -> app.editor().toggleBreakpoint(8));
        robot.interact(() -> app.editor().toggleBreakpoint(15));
        // the Heap tab is shown at the first stop (no blocks yet), then hidden while the list grows
        select(robot, "heap-tab");
        robot.clickOn("#run");
        waitUntil(() -> status(robot).startsWith("Paused (breakpoint) at line 8"));
        assertThat(blockKeys(robot)).isEmpty();
        select(robot, "stack-tab");
        robot.clickOn("#run");
        waitUntil(() -> status(robot).startsWith("Paused (breakpoint) at line 15"));
        Snapshot at15 = fx(() -> app.lab().getSnapshot());
        List<String> live = at15.blocks().stream().filter(Snapshot.HeapBlock::programRequested).map(Snapshot.HeapBlock::key).toList();
        assertThat(live).hasSizeGreaterThan(1);
        assertThat(frameTitles(robot)).isEqualTo(framesOf(at15));

        select(robot, "heap-tab");
        assertThat(blockKeys(robot)).isEqualTo(live);

        // the Stack tab, hidden during a step, catches up too
        robot.clickOn("#step-over");
        waitUntil(() -> status(robot).startsWith("Paused") && fx(() -> app.lab().getSnapshot().step()) > at15.step());
        Snapshot next = fx(() -> app.lab().getSnapshot());
        assertThat(framesOf(next)).isNotEqualTo(framesOf(at15));
        select(robot, "stack-tab");
        assertThat(frameTitles(robot)).isEqualTo(framesOf(next));
    }

    /** The Stack tree's row of the local {@code name} in the innermost frame. */
    private static TreeItem<CallStackPane.Row> localItem(FxRobot robot, String name) throws Exception {
        return fx(() -> {
            @SuppressWarnings("unchecked")
            TreeTableView<CallStackPane.Row> t = robot.lookup("#stack-table").queryAs(TreeTableView.class);
            return t.getRoot().getChildren().getFirst().getChildren().stream().filter(i -> i.getValue().local().name().equals(name)).findFirst()
                    .orElseThrow();
        });
    }

    @Test
    void aStepChangesTheStackRowsInPlace(FxRobot robot) throws Exception {
        Path p = Path.of("src/test/resources/conformance/19-intlist-main-hidden-leak/main.zig").toAbsolutePath();
        robot.interact(() -> app.openFile(p));
        robot.interact(() -> app.editor().toggleBreakpoint(12));
        robot.clickOn("#run");
        waitUntil(() -> status(robot).startsWith("Paused (breakpoint) at line 12"));
        var first = localItem(robot, "list");
        String before = fx(() -> first.getValue().local().value());
        robot.clickOn("#run");
        waitUntil(() -> status(robot).startsWith("Paused (breakpoint) at line 12") && !fx(() -> first.getValue().local().value()).equals(before));
        // the same row, its new value, and the table's cell showing it
        var second = localItem(robot, "list");
        assertThat(second).isSameAs(first);
        String now = fx(() -> second.getValue().local().value());
        Snapshot s = fx(() -> app.lab().getSnapshot());
        assertThat(now).isEqualTo(org.heaplab.trace.ProgramNames.of(s).strip(
                s.top().locals().stream().filter(l -> l.name().equals("list")).findFirst().orElseThrow().value()));
        waitUntil(() -> fx(() -> robot.lookup("#stack-table").lookup(".tree-table-cell").queryAll().stream()
                .anyMatch(c -> c instanceof javafx.scene.control.TreeTableCell<?, ?> cell && cell.getTableRow() != null
                        && cell.getTableRow().getItem() == second.getValue() && now.equals(cell.getText()))));
    }
}
