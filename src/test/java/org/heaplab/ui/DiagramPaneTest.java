package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heaplab.ui.HeapLabAppTest.fx;
import static org.heaplab.ui.HeapLabAppTest.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.heaplab.picture.Scene;
import org.heaplab.ui.common.Selection;
import org.heaplab.ui.diagram.DiagramPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The memory diagram in the real window, driven headless: a linked list's arrows from node to
 * node, clicking a node selects its block in every pane, the dangling arrow after a free, an
 * orphan's leak badge, stepping marks what changed, and the export writes the picture shown.
 */
@ExtendWith(ApplicationExtension.class)
class DiagramPaneTest {
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
        return fx(() -> robot.lookup("#status-bar").queryAs(StatusBar.class).getText());
    }

    private DiagramPane runTo(FxRobot robot, String program, int line) throws Exception {
        Path p = Path.of("src/test/resources/diagram", program).toAbsolutePath();
        robot.interact(() -> app.openFile(p));
        robot.interact(() -> app.editor().toggleBreakpoint(line));
        robot.clickOn("#run");
        waitUntil(() -> status(robot).startsWith("Paused (breakpoint) at line " + line));
        DiagramPane pane = app.diagram();
        waitUntil(() -> fx(() -> pane.scene().boxes().size() > 2));
        return pane;
    }

    @Test
    void drawsALinkedListAndClickingANodeSelectsItsBlock(FxRobot robot) throws Exception {
        // before any run the picture says what it will show; with a run it shows it
        assertThat(fx(() -> robot.lookup("#diagram-empty").queryAs(javafx.scene.control.Label.class).isVisible())).isTrue();
        DiagramPane pane = runTo(robot, "linked-list.zig", 20);
        assertThat(fx(() -> robot.lookup("#diagram-empty").queryAs(javafx.scene.control.Label.class).isVisible())).isFalse();
        Scene scene = fx(pane::scene);
        assertThat(scene.boxes().stream().filter(b -> b.has("block"))).hasSize(3);
        assertThat(scene.arrows().stream().filter(a -> a.from().endsWith(".next") && a.has("pointer"))).hasSize(2);
        HeapLabAppTest.Screenshots.take(robot, stage, "diagram-linked-list.png");

        // click the middle of the first node's title bar, through the canvas's zoom and pan
        Scene.Box node = scene.boxes().stream().filter(b -> b.has("block")).findFirst().orElseThrow();
        Canvas canvas = robot.lookup("#diagram-canvas").queryAs(Canvas.class);
        double zoom = fx(pane::zoom);
        Point2D onScreen = fx(() -> canvas.localToScreen(node.x() * zoom + 20, (node.y() + 10) * zoom));
        robot.clickOn(onScreen);
        waitUntil(() -> fx(() -> app.selection().get()) instanceof Selection.Block b && b.address() == node.address());
    }

    @Test
    void aFreedBlockIsAGhostWithADanglingArrow(FxRobot robot) throws Exception {
        DiagramPane pane = runTo(robot, "dangling-ghost.zig", 14);
        Scene scene = fx(pane::scene);
        assertThat(scene.boxes().stream().filter(b -> b.has("ghost"))).hasSize(1);
        assertThat(scene.arrows().stream().filter(a -> a.has("dangling")).map(Scene.Arrow::from)).singleElement()
                .satisfies(k -> assertThat(k).endsWith("/score"));
        HeapLabAppTest.Screenshots.take(robot, stage, "diagram-dangling.png");
    }

    @Test
    void anOrphanGetsALeakBadgeAndSteppingMarksChanges(FxRobot robot) throws Exception {
        DiagramPane pane = runTo(robot, "orphan.zig", 10);
        assertThat(fx(pane::scene).boxes().stream().filter(b -> b.has("badge"))).isEmpty();
        robot.clickOn("#step-over");
        waitUntil(() -> status(robot).startsWith("Paused (step) at line 11"));
        waitUntil(() -> fx(() -> pane.scene().boxes().stream().anyMatch(b -> b.has("badge") && b.has("leak"))));
        Scene scene = fx(pane::scene);
        assertThat(scene.boxes().stream().filter(b -> b.has("orphan"))).hasSize(1);
        assertThat(scene.boxes().stream().filter(b -> b.has("block") && b.has("new"))).hasSize(1);
        assertThat(scene.arrows().stream().filter(a -> a.from().endsWith("/name") && a.has("changed"))).hasSize(1);
        HeapLabAppTest.Screenshots.take(robot, stage, "diagram-orphan.png");
    }

    @Test
    void exportsThePictureShownAsSvgAndPng(FxRobot robot) throws Exception {
        DiagramPane pane = runTo(robot, "slices.zig", 12);
        Path dir = Files.createTempDirectory("heaplab-export");
        Path svg = dir.resolve("memory.svg");
        Path png = dir.resolve("memory.png");
        robot.interact(() -> {
            pane.export(svg, e -> { throw new AssertionError(e); });
            pane.export(png, e -> { throw new AssertionError(e); });
        });
        waitUntil(() -> Files.exists(svg) && Files.size(svg) > 0 && Files.exists(png) && Files.size(png) > 100);
        waitUntil(() -> Files.readString(svg, StandardCharsets.UTF_8).endsWith("</svg>\n"));
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).contains("class=\"current frame\"").contains("class=\"block\"").contains("class=\"pointer\"").contains("class=\"span\"");
        waitUntil(() -> javax.imageio.ImageIO.read(png.toFile()) != null);
    }
}
