package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window opens what it can and says why it does not open the rest: a device, a FIFO, a
 * folder, a file of gigabytes, a trace nested ten thousand deep or with settings a run refuses
 * each give an error dialog with the reason, and the editor keeps its program; nothing freezes.
 */
@ExtendWith(ApplicationExtension.class)
class OpenFileErrorsTest {
    private HeapLabApp app;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("heaplab.home", Files.createTempDirectory("heaplab-home").toString());
        app = new HeapLabApp();
        app.start(stage);
    }

    /** The texts of the error dialogs showing, closing them. */
    private static List<String> dialogs(FxRobot robot) throws Exception {
        return HeapLabAppTest.fx(() -> {
            List<String> texts = new java.util.ArrayList<>();
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane d) {
                    texts.add(d.getHeaderText() + ": " + d.getContentText());
                    w.hide();
                }
            }
            return texts;
        });
    }

    private String opened(FxRobot robot, Path p) throws Exception {
        robot.interact(() -> app.openFile(p));
        // a trace is read off the JavaFX thread: its error comes a moment later
        HeapLabAppTest.waitUntil(() -> HeapLabAppTest.fx(() -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)));
        List<String> shown = dialogs(robot);
        assertThat(shown).as(p.toString()).hasSize(1);
        return shown.getFirst();
    }

    @Test
    void whatCannotBeOpenedIsSaidAndTheProgramStays(FxRobot robot) throws Exception {
        String before = app.editor().getText();
        Path big = dir.resolve("big.zig");
        try (var f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        assertThat(opened(robot, big)).isEqualTo("Could not open big.zig: It is too large for Heap Lab (limit 2 MiB).");
        assertThat(opened(robot, dir)).endsWith("It is a folder, not a file.");
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertThat(opened(robot, Path.of("/dev/zero"))).isEqualTo("Could not open zero: It is not a regular file.");
        Path fifo = dir.resolve("pipe.zig");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        assertThat(opened(robot, fifo)).isEqualTo("Could not open pipe.zig: It is not a regular file.");
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(10_000));
        assertThat(opened(robot, deep)).startsWith("Could not open deep.json: It is not a trace Heap Lab can replay: not JSON: ")
                .contains("nesting depth");
        Path fifoTrace = dir.resolve("pipe.json");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifoTrace.toString()).start().waitFor() == 0);
        assertThat(opened(robot, fifoTrace)).isEqualTo("Could not open pipe.json: It is not a regular file.");
        assertThat(app.editor().getText()).isEqualTo(before);
    }
}
