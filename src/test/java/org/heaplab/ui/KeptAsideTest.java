package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window opened with a file after a crash: the crash's unsaved work is kept aside, the learner is told where, and can open it. */
@ExtendWith(ApplicationExtension.class)
class KeptAsideTest {
    private Stage stage;
    private HeapLabApp app;
    private Path home;
    private Path given;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("heaplab-home");
        Path original = home.resolve("list.zig");
        Files.writeString(original, "pub fn main() void {}\n");
        Files.writeString(home.resolve("autosave.zig"), "pub fn main() void {}\n// unsaved work\n");
        Files.writeString(home.resolve("autosave.path"), original.toString());
        given = home.resolve("other.zig");
        Files.writeString(given, "pub fn main() void {}\n// the file asked for\n");
        System.setProperty("heaplab.home", home.toString());
        this.stage = stage;
        app = new HeapLabApp();
        app.start(stage, List.of(given.toString()));
    }

    @Test
    void saysWhatWasKeptAsideAndOffersToOpenIt(FxRobot robot) throws Exception {
        assertThat(app.editor().getText()).endsWith("// the file asked for\n");
        var pane = HeapLabAppTest.fx(() -> robot.lookup("#notifications").queryAs(NotificationPane.class));
        HeapLabAppTest.waitUntil(() -> HeapLabAppTest.fx(pane::isShowing));
        try (var kept = Files.list(home)) {
            Path aside = kept.filter(p -> p.getFileName().toString().startsWith("unsaved-")).findFirst().orElseThrow();
            assertThat(pane.getText()).isEqualTo("The last session ended with unsaved work (on list.zig, 2 lines); it is kept in " + aside + ".");
        }
        assertThat(pane.getActions()).extracting(a -> a.getText()).containsExactly("Open it");
        robot.interact(() -> pane.getActions().getFirst().handle(new javafx.event.ActionEvent()));
        assertThat(app.editor().getText()).endsWith("// unsaved work\n");
        assertThat(stage.getTitle()).isEqualTo("*list.zig - Heap Lab");
    }
}
