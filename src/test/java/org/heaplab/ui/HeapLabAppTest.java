package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.heaplab.ui.common.Selection;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.stage.PopupWindow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.heaplab.ui.alloc.AllocatorsViewModel;
import org.heaplab.ui.defer.DeferViewModel;
import org.heaplab.ui.heap.HeapViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, driven headless: open conformance programs, step to lines, and read the
 * panes (frames and locals, live blocks, the defer queue during an errdefer, the allocator chain
 * with an arena, a double free's card). Screenshots go to target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class HeapLabAppTest {
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

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    /** Runs a lookup or a read on the JavaFX thread (the scene changes there while a run goes on). */
    static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    /** Selects a tab beside the picture (a hidden tab shows the current step once it is shown). */
    static void showTab(FxRobot robot, String tabId) throws Exception {
        fx(() -> {
            var tabs = robot.lookup("#live-panes").queryAs(javafx.scene.control.TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
    }

    private String status(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#status-bar").queryAs(StatusBar.class).getText());
    }

    private void open(FxRobot robot, String conformanceCase) {
        Path p = Path.of("src/test/resources/conformance", conformanceCase, "main.zig").toAbsolutePath();
        robot.interact(() -> app.openFile(p));
    }

    /** Opens a case, sets a breakpoint and runs (F5) until the window shows the pause there. */
    private void runToBreakpoint(FxRobot robot, String conformanceCase, int line) throws Exception {
        open(robot, conformanceCase);
        robot.interact(() -> app.editor().toggleBreakpoint(line));
        robot.clickOn("#run");
        waitUntil(() -> status(robot).startsWith("Paused (breakpoint) at line " + line));
    }

    /** Expands the rows of a local and its first part (the stack table's tree). */
    private static void expand(TreeItem<?> root, String localName) {
        for (TreeItem<?> frame : root.getChildren()) {
            for (TreeItem<?> local : frame.getChildren()) {
                if (((org.heaplab.ui.stack.CallStackPane.Row) local.getValue()).local().name().equals(localName)) {
                    local.setExpanded(true);
                    for (TreeItem<?> part : local.getChildren()) {
                        if (((org.heaplab.ui.stack.CallStackPane.Row) part.getValue()).local().name().equals(".items")) part.setExpanded(true);
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> treeValues(TreeItem<T> root) {
        List<T> out = new ArrayList<>();
        for (TreeItem<T> c : root.getChildren()) {
            out.add(c.getValue());
            out.addAll(treeValues(c));
        }
        return out;
    }

    @Test
    void stepsTheIntListLeakAndShowsFramesLocalsAndLiveBlocks(FxRobot robot) throws Exception {
        runToBreakpoint(robot, "19-intlist-main-hidden-leak", 15);
        assertThat(stage.getTitle()).isEqualTo("main.zig - Heap Lab");
        assertThat(app.editor().currentLineProperty().get()).isEqualTo(15);
        var stack = fx(() -> robot.lookup("#stack-table").queryAs(TreeTableView.class));
        List<Object> rows = treeValues(stack.getRoot());
        assertThat(rows.toString()).contains("main (line 15)").contains("name=list").contains(".pos = 10");
        // IntList grew twice: the 32- and 64-byte blocks were abandoned, not freed, and are still live
        showTab(robot, "heap-tab");
        var blocks = fx(() -> robot.lookup("#block-table").queryAs(TableView.class));
        List<HeapViewModel.BlockRow> live = new ArrayList<>();
        for (Object o : blocks.getItems()) live.add((HeapViewModel.BlockRow) o);
        assertThat(live).extracting(HeapViewModel.BlockRow::length).containsExactly(32L, 64L, 128L);
        assertThat(live).allSatisfy(b -> assertThat(b.allocator()).startsWith("DebugAllocator"));
        // hovering a name while paused shows that local
        var details = new javafx.scene.Node[1];
        robot.interact(() -> details[0] = app.localDetails("list"));
        assertThat(((javafx.scene.layout.VBox) details[0]).getChildren()).extracting(n -> ((Label) n).getText())
                .first().isEqualTo("list: IntList");
        robot.interact(() -> details[0] = app.localDetails("nothing_named_so"));
        assertThat(details[0]).isNull();
        // open list and its items: the fields and elements are rows of their own
        robot.interact(() -> expand(stack.getRoot(), "list"));
        List<Object> opened = treeValues(stack.getRoot());
        assertThat(opened.toString()).contains("name=.items").contains("name=[9], type=i64").contains("value=9,");
        Screenshots.take(robot, stage, "main-window.png");

        // selecting a local that points into a block selects that block in the heap pane
        robot.interact(() -> app.selection().select(new Selection.Local("x", live.getLast().address())));
        var selected = (HeapViewModel.BlockRow) blocks.getSelectionModel().getSelectedItem();
        assertThat(selected.address()).isEqualTo(live.getLast().address());
        assertThat(fx(() -> robot.lookup("#hex-view").queryAs(StyleClassedTextArea.class)).getText()).contains(Long.toHexString(selected.address()));
        Screenshots.take(robot, stage, "heap-map.png");

        robot.clickOn("#run");
        waitUntil(() -> status(robot).startsWith("Exited with status 0"));
        String console = fx(() -> robot.lookup("#console").queryAs(StyleClassedTextArea.class)).getText();
        assertThat(console).isEqualTo("{ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }\n");
        // Zig reports nothing (main never calls gpa.deinit), but the lab still shows the two abandoned blocks
        assertThat(blocks.getItems()).filteredOn(o -> ((HeapViewModel.BlockRow) o).state() == org.heaplab.trace.Snapshot.BlockState.LIVE)
                .extracting(o -> ((HeapViewModel.BlockRow) o).length()).containsExactly(32L, 64L);
        assertThat(blocks.getItems()).filteredOn(o -> ((HeapViewModel.BlockRow) o).state() == org.heaplab.trace.Snapshot.BlockState.FREED)
                .extracting(o -> ((HeapViewModel.BlockRow) o).length()).containsExactly(128L);
    }

    @Test
    void travelsBackWithStepBackTheTimelineAndABlocksHistory(FxRobot robot) throws Exception {
        runToBreakpoint(robot, "19-intlist-main-hidden-leak", 15);
        showTab(robot, "heap-tab");
        var blocks = fx(() -> robot.lookup("#block-table").queryAs(TableView.class));
        // the first buffer was dropped by add(): orphaned, and the row says so
        var first = (HeapViewModel.BlockRow) blocks.getItems().getFirst();
        assertThat(first.stateText()).isEqualTo("orphaned");
        robot.interact(() -> blocks.getSelectionModel().select(first));
        waitUntil(() -> fx(() -> robot.lookup("#find-lost").tryQuery().isPresent()));
        assertThat(fx(() -> robot.lookup("#pointed-from").queryAs(Label.class).getText())).startsWith("Orphaned");
        // the timeline has the run so far; its slider is at the current step
        var slider = fx(() -> robot.lookup("#timeline-slider").queryAs(javafx.scene.control.Slider.class));
        long at = app.lab().getSnapshot().step();
        waitUntil(() -> fx(() -> Math.round(slider.getValue()) == at && !slider.isDisabled()));
        assertThat(fx(() -> robot.lookup("#timeline-step").queryAs(Label.class).getText())).contains("step " + at).contains("3 heap events");
        Screenshots.take(robot, stage, "time-travel.png");

        // where was it lost: `self.items = larger;` ran, the run stands at the next line
        robot.clickOn("#find-lost");
        waitUntil(() -> status(robot).startsWith("Paused (the last pointer"));
        assertThat(app.editor().currentLineProperty().get()).isEqualTo(47);
        // step back (F7): line 44, where the block still had its pointer
        robot.type(KeyCode.F7);
        waitUntil(() -> status(robot).startsWith("Paused (stepped back) at line 44"));
        var row = (HeapViewModel.BlockRow) fx(() -> blocks.getItems().stream().filter(b -> ((HeapViewModel.BlockRow) b).length() == 32).findFirst()
                .orElseThrow());
        assertThat(row.stateText()).isEqualTo("live");
        // the slider goes to any step: the first one
        robot.interact(() -> app.lab().seek(1));
        waitUntil(() -> status(robot).startsWith("Paused (jumped to step 1)"));
        assertThat(blocks.getItems()).isEmpty();
    }

    @Test
    void hoveringANameWhilePausedShowsTheLocal(FxRobot robot) throws Exception {
        runToBreakpoint(robot, "19-intlist-main-hidden-leak", 15);
        int offset = app.editor().getText().indexOf("list.items[0..");
        var bounds = fx(() -> app.editor().area().getCharacterBoundsOnScreen(offset + 1, offset + 2).orElseThrow());
        robot.moveTo(new javafx.geometry.Point2D(bounds.getMinX() - 20, bounds.getCenterY()));
        robot.moveTo(new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY()));
        waitUntil(() -> fx(() -> robot.lookup("#hover-details").tryQuery().isPresent()));
        assertThat(fx(() -> ((Label) robot.lookup("#hover-details").queryAs(javafx.scene.layout.VBox.class).getChildren().getFirst()).getText()))
                .isEqualTo("list: IntList");
        Screenshots.take(robot, stage, "hover-local.png");
    }

    @Test
    void settingsOutOfRangeAreRefusedWithAReason(FxRobot robot) throws Exception {
        robot.clickOn("#settings");
        waitUntil(() -> fx(() -> robot.lookup("#settings-sheet").tryQuery().isPresent()));
        var sheet = fx(() -> robot.lookup("#settings-sheet").queryAs(org.controlsfx.control.PropertySheet.class));
        robot.interact(() -> sheet.getItems().stream().filter(i -> i.getName().equals("Stack size (KiB)")).findFirst().orElseThrow().setValue(0L));
        robot.clickOn("OK");
        waitUntil(() -> fx(() -> robot.lookup("Some settings are out of range").tryQuery().isPresent()));
        assertThat(fx(() -> robot.lookup(".alert .content").queryLabeled().getText())).isEqualTo("Stack size (KiB) must be between 16 and 1048576 (it is 0)");
        robot.clickOn(".alert .button");
        // the settings dialog is still open, and nothing was applied
        assertThat(fx(() -> robot.lookup("#settings-sheet").tryQuery().isPresent())).isTrue();
        robot.clickOn("Cancel");
        assertThat(app.currentRunSettings().stackBytes()).isEqualTo(16L << 20);
    }

    @Test
    void theDeferQueueShowsTheErrdeferFiringOnTheErrorPath(FxRobot robot) throws Exception {
        runToBreakpoint(robot, "10-game-init-history-fails", 23);
        showTab(robot, "defers-tab");
        var tree = fx(() -> robot.lookup("#defer-tree").queryAs(TreeView.class));
        assertThat(treeValues(tree.getRoot()).toString()).contains("errdefer allocator.free(players);").contains("onErrorOnly=true, firing=false");
        robot.clickOn("#step-over");
        waitUntil(() -> status(robot).startsWith("Paused (step) at line 20"));
        List<Object> rows = treeValues(fx(() -> robot.lookup("#defer-tree").queryAs(TreeView.class)).getRoot());
        var firing = rows.stream().filter(r -> r instanceof DeferViewModel.DeferRow d && d.firing()).findFirst().orElseThrow();
        assertThat(((DeferViewModel.DeferRow) firing).label()).contains("errdefer allocator.free(players);").contains("running now (leaving with an error)");
        Screenshots.take(robot, stage, "defer-queue-errdefer.png");
    }

    @Test
    void theAllocatorsPaneShowsTheArenaChain(FxRobot robot) throws Exception {
        runToBreakpoint(robot, "24-intlist-on-arena", 20);
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#live-panes").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "allocators-tab".equals(t.getId())).findFirst().orElseThrow());
        });
        var tree = fx(() -> robot.lookup("#allocator-tree").queryAs(TreeTableView.class));
        TreeItem<?> page = (TreeItem<?>) tree.getRoot().getChildren().getFirst();
        assertThat(((AllocatorsViewModel.Node) page.getValue()).allocator().kind()).isEqualTo("PageAllocator");
        TreeItem<?> gpa = page.getChildren().getFirst();
        assertThat(((AllocatorsViewModel.Node) gpa.getValue()).allocator().kind()).isEqualTo("DebugAllocator");
        TreeItem<?> arena = gpa.getChildren().getFirst();
        var arenaNode = (AllocatorsViewModel.Node) arena.getValue();
        assertThat(arenaNode.allocator().kind()).isEqualTo("ArenaAllocator");
        assertThat(arenaNode.allocator().liveBlocks()).isEqualTo(3);
        assertThat(arenaNode.allocator().liveBytes()).isEqualTo(32 + 64 + 128);
        var calls = fx(() -> robot.lookup("#allocator-calls").queryAs(ListView.class));
        assertThat(calls.getItems().toString()).contains("ArenaAllocator #0: alloc 128 bytes").contains("asked by the program (line 45)");
        Screenshots.take(robot, stage, "allocator-chain-arena.png");
        // selecting a layer block (the arena's first buffer, which the debug allocator handed out) selects that allocator
        robot.interact(() -> app.selection().select(new Selection.Block(0x7f3ac0000000L)));
        assertThat(fx(() -> ((AllocatorsViewModel.Node) ((TreeItem<?>) tree.getSelectionModel().getSelectedItem()).getValue()).title()))
                .isEqualTo("DebugAllocator #1");
    }

    @Test
    void aDoubleFreeStopsTheRunWithACard(FxRobot robot) throws Exception {
        open(robot, "12-double-free-detected");
        robot.clickOn("#run");
        waitUntil(() -> status(robot).startsWith("Paused (double free) at line 14"));
        waitUntil(() -> fx(() -> robot.lookup("#error-card-title").tryQuery()).isPresent());
        assertThat(fx(() -> robot.lookup("#error-card-title").queryAs(Label.class)).getText()).isEqualTo("Double free");
        assertThat(fx(() -> robot.lookup("#error-card-allocated").queryLabeled()).getText()).isEqualTo("allocated at main.zig:12");
        assertThat(fx(() -> robot.lookup("#error-card-freed").queryLabeled()).getText()).isEqualTo("freed at main.zig:13");
        assertThat(fx(() -> robot.lookup("#error-card-block").queryLabeled()).getText()).isEqualTo("block 0x7f3ac0000020 (32 bytes)");
        assertThat(app.editor().currentLineProperty().get()).isEqualTo(14);
        Screenshots.take(robot, stage, "error-card-double-free.png");
        // the card selected the block, which marks its allocation line; the free link moves to line 13
        assertThat(app.editor().caretLine()).isEqualTo(12);
        robot.interact(() -> robot.lookup("#error-card-freed").queryAs(javafx.scene.control.Hyperlink.class).fire());
        assertThat(app.editor().caretLine()).isEqualTo(13);
    }

    @Test
    void anEndlessLoopNeverFreezesTheWindowAndStopAlwaysWorks(FxRobot robot) throws Exception {
        robot.interact(() -> app.editor().setText("""
                pub fn main() void {
                    var i: u64 = 0;
                    while (true) : (i +%= 1) {}
                }
                """));
        robot.clickOn("#run");
        waitUntil(() -> status(robot).startsWith("Running"));
        Button run = fx(() -> robot.lookup("#run").queryAs(Button.class));
        assertThat(run.isDisabled()).isTrue();
        robot.clickOn("#pause");
        waitUntil(() -> status(robot).startsWith("Paused at line 3"));
        robot.clickOn("#run");
        robot.clickOn("#stop");
        waitUntil(() -> status(robot).equals("Stopped"));
        assertThat(run.isDisabled()).isFalse();
    }

    @Test
    void breakpointsToggleInTheGutterAndProblemsListCompileErrors(FxRobot robot) throws Exception {
        robot.interact(() -> app.editor().setText("""
                pub fn main() void {
                    const x = 1;
                }
                """));
        waitUntil(() -> !fx(() -> robot.lookup("#problems").queryAs(ListView.class)).getItems().isEmpty());
        var problem = (org.heaplab.ui.problems.ProblemsViewModel.Problem) fx(() -> robot.lookup("#problems").queryAs(ListView.class)).getItems().getFirst();
        assertThat(problem.label()).isEqualTo("main.zig:2: error: unused local constant");
        assertThat(app.editor().diagnosticsProperty().get()).hasSize(1);
        // the gutter's cells are re-made as the editor changes: find the first line's cell on the FX thread, then click it
        WaitForAsyncUtils.waitForFxEvents();
        var firstGutter = new javafx.scene.Node[1];
        robot.interact(() -> firstGutter[0] = app.editor().area().lookupAll(".gutter").stream()
                .filter(n -> n.getScene() != null && n.lookup(".line-number") instanceof Label l && l.getText().equals("1"))
                .findFirst().orElseThrow());
        robot.clickOn(firstGutter[0]);
        assertThat(app.editor().breakpoints()).containsExactly(1);
        // a line typed above moves the breakpoint with its line
        robot.interact(() -> app.editor().area().insertText(0, "// a comment\n"));
        assertThat(app.editor().breakpoints()).containsExactly(2);
        robot.clickOn("#run");
        waitUntil(() -> status(robot).equals("Did not compile"));
        assertThat(fx(() -> robot.lookup("#console").queryAs(StyleClassedTextArea.class)).getText()).startsWith("main.zig:3:11: error: unused local constant");
    }

    /** Screenshots of the real window, pop-overs included, for docs/screenshots (copied there by the README's script). */
    static final class Screenshots {
        static void take(FxRobot robot, Stage stage, String name) throws Exception {
            WaitForAsyncUtils.waitForFxEvents();
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            var main = new javafx.scene.image.WritableImage[1];
            List<Object[]> popups = new ArrayList<>();
            robot.interact(() -> {
                main[0] = stage.getScene().snapshot(null);
                for (Window w : Window.getWindows()) {
                    if (w instanceof PopupWindow p && p.isShowing() && p.getScene() != null && p.getOwnerWindow() == stage) {
                        // the pop-over's own nodes on a transparent background (its window has none)
                        var params = new javafx.scene.SnapshotParameters();
                        params.setFill(javafx.scene.paint.Color.TRANSPARENT);
                        var root = p.getScene().getRoot();
                        popups.add(new Object[] {root.snapshot(params, null),
                                p.getX() + root.getBoundsInParent().getMinX() - stage.getX() - stage.getScene().getX(),
                                p.getY() + root.getBoundsInParent().getMinY() - stage.getY() - stage.getScene().getY()});
                    }
                }
            });
            var image = main[0];
            int w = (int) image.getWidth(), h = (int) image.getHeight();
            var out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
            copy(image, out, 0, 0);
            for (Object[] p : popups) copy((javafx.scene.image.WritableImage) p[0], out, (int) (double) p[1], (int) (double) p[2]);
            javax.imageio.ImageIO.write(out, "png", new File(dir.toFile(), name));
        }

        private static int blend(int over, int under, int alpha) {
            return (over * alpha + under * (255 - alpha)) / 255;
        }

        private static void copy(javafx.scene.image.Image from, java.awt.image.BufferedImage to, int dx, int dy) {
            var px = from.getPixelReader();
            for (int y = 0; y < (int) from.getHeight(); y++) {
                for (int x = 0; x < (int) from.getWidth(); x++) {
                    int tx = x + dx, ty = y + dy;
                    if (tx < 0 || ty < 0 || tx >= to.getWidth() || ty >= to.getHeight()) continue;
                    int argb = px.getArgb(x, y);
                    int a = argb >>> 24;
                    if (a == 0) continue;
                    // blend over what is below (a pop-over's shadow is translucent)
                    int under = to.getRGB(tx, ty);
                    int r = blend(argb >> 16 & 0xFF, under >> 16 & 0xFF, a);
                    int g = blend(argb >> 8 & 0xFF, under >> 8 & 0xFF, a);
                    int b = blend(argb & 0xFF, under & 0xFF, a);
                    to.setRGB(tx, ty, 0xFF000000 | r << 16 | g << 8 | b);
                }
            }
        }
    }
}
