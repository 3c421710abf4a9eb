package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Unsaved work survives: the window restores the last session's autosave, and autosaves new edits. */
@ExtendWith(ApplicationExtension.class)
class AutosaveTest {
    private Stage stage;
    private HeapLabApp app;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("heaplab-home");
        Files.writeString(home.resolve("autosave.zig"), "pub fn main() void {}\n// unsaved work\n");
        Files.writeString(home.resolve("autosave.path"), "");
        System.setProperty("heaplab.home", home.toString());
        this.stage = stage;
        app = new HeapLabApp();
        app.start(stage);
    }

    @Test
    void restoresTheLastSessionsUnsavedWorkAndAutosavesNewEdits(FxRobot robot) throws Exception {
        assertThat(app.editor().getText()).isEqualTo("pub fn main() void {}\n// unsaved work\n");
        assertThat(stage.getTitle()).isEqualTo("*untitled.zig - Heap Lab");
        var pane = HeapLabAppTest.fx(() -> robot.lookup("#notifications").queryAs(NotificationPane.class));
        assertThat(pane.getText()).isEqualTo("Restored the unsaved work of the last session.");
        robot.interact(() -> app.editor().area().appendText("// more\n"));
        HeapLabAppTest.waitUntil(() -> Files.readString(home.resolve("autosave.zig")).endsWith("// more\n"));
    }
}
