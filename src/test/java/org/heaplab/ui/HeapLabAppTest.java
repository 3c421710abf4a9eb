package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens, runs a program off the JavaFX thread, shows what it prints, and stops an endless loop. */
@ExtendWith(ApplicationExtension.class)
class HeapLabAppTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new HeapLabApp().start(stage);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    private static void setProgram(FxRobot robot, String text) {
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        robot.interact(() -> editor.replaceText(text));
    }

    @Test
    void runsTheStarterProgramAndShowsZigsOutputThenTheExplanation(FxRobot robot) throws Exception {
        assertThat(stage.getTitle()).isEqualTo("untitled.zig - Heap Lab");
        robot.clickOn("#run");
        TextArea console = robot.lookup("#console").queryAs(TextArea.class);
        Label status = robot.lookup("#status").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Exited"));
        assertThat(console.getText()).startsWith("squares: { 0, 1, 4, 9 }\nerror(gpa): memory address 0x7f3ac0000000 leaked: \nmain.zig:8:40: ")
                .contains("Heap Lab explains:")
                .contains("1 block leaked (16 bytes)");
        assertThat(status.getText()).isEqualTo("Exited with status 0");
        snapshot(robot, "window.png");
    }

    @Test
    void stopEndsAnEndlessLoopAndTheWindowStaysResponsive(FxRobot robot) throws Exception {
        setProgram(robot, """
                pub fn main() void {
                    var i: u64 = 0;
                    while (true) : (i +%= 1) {}
                }
                """);
        assertThat(stage.getTitle()).isEqualTo("*untitled.zig - Heap Lab");
        robot.clickOn("#run");
        Label status = robot.lookup("#status").queryAs(Label.class);
        Button run = robot.lookup("#run").queryAs(Button.class);
        waitUntil(() -> status.getText().startsWith("Running"));
        assertThat(run.isDisabled()).isTrue();
        robot.clickOn("#stop");
        waitUntil(() -> status.getText().startsWith("Stopped"));
        assertThat(status.getText()).contains("stopped on request");
        assertThat(run.isDisabled()).isFalse();
    }

    @Test
    void aProgramThatDoesNotCompileShowsZigsErrors(FxRobot robot) throws Exception {
        setProgram(robot, """
                pub fn main() void {
                    const x = 1;
                }
                """);
        robot.clickOn("#run");
        Label status = robot.lookup("#status").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Did not compile"));
        TextArea console = robot.lookup("#console").queryAs(TextArea.class);
        assertThat(console.getText()).startsWith("main.zig:2:11: error: unused local constant");
    }

    @Test
    void testBlocksRunAsZigTestDoes(FxRobot robot) throws Exception {
        setProgram(robot, """
                const std = @import("std");
                test "adds" {
                    try std.testing.expect(1 + 1 == 2);
                }
                """);
        robot.clickOn("#run");
        Label status = robot.lookup("#status").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Exited"));
        TextArea console = robot.lookup("#console").queryAs(TextArea.class);
        assertThat(console.getText()).startsWith("1/1 main.test.adds...OK\nAll 1 tests passed.\n");
    }

    /** Saves what the window looks like under target/screenshots, to look at. */
    private void snapshot(FxRobot robot, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        var holder = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> holder[0] = stage.getScene().snapshot(null));
        var image = holder[0];
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        var out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, pixels.getArgb(x, y));
        javax.imageio.ImageIO.write(out, "png", new File(dir.toFile(), name));
    }
}
