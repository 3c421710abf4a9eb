package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window started with a file it cannot open (here one too large) says so over the window:
 * the error dialog waits for the window to be up (shown before it, it opened behind it), and the
 * editor keeps its starter program.
 */
@ExtendWith(ApplicationExtension.class)
class OpenAtStartTest {
    private Stage own;
    private HeapLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("heaplab-home");
        Path big = home.resolve("big.zig");
        try (var f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(64L << 20);
        }
        System.setProperty("heaplab.home", home.toString());
        own = new Stage();
        app = new HeapLabApp();
        app.start(own, List.of(big.toString()));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) if (w != own && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane) w.hide();
            own.close();
        });
    }

    @Test
    void theRefusalShowsOverTheWindow(FxRobot robot) throws Exception {
        HeapLabAppTest.waitUntil(() -> HeapLabAppTest.fx(() -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)));
        HeapLabAppTest.fx(() -> {
            List<Window> windows = List.copyOf(Window.getWindows());
            Window dialog = windows.stream().filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane).findFirst().orElseThrow();
            DialogPane pane = (DialogPane) dialog.getScene().getRoot();
            assertThat(pane.getHeaderText()).isEqualTo("Could not open big.zig");
            assertThat(pane.getContentText()).startsWith("It is too large for Heap Lab");
            // the windows list in the order they were shown: the dialog after the window it belongs to
            assertThat(windows.indexOf(dialog)).isGreaterThan(windows.indexOf(own));
            return null;
        });
        assertThat(app.editor().getText()).contains("pub fn main");
    }
}
