package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.stage.Stage;
import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The preferences: a resizable window that shows its settings, the theme among them, not a strip with one row. */
@ExtendWith(ApplicationExtension.class)
class PreferencesWindowTest {
    private HeapLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("heaplab.home", Files.createTempDirectory("heaplab-home").toString());
        app = new HeapLabApp();
        app.start(stage);
    }

    @Test
    void thePreferencesWindowIsResizableAndShowsItsRows(FxRobot robot) throws Exception {
        robot.clickOn("#settings");
        HeapLabAppTest.waitUntil(() -> HeapLabAppTest.fx(() -> robot.lookup("#settings-sheet").tryQuery().isPresent()));
        var sheet = HeapLabAppTest.fx(() -> robot.lookup("#settings-sheet").queryAs(PropertySheet.class));
        var window = (Stage) sheet.getScene().getWindow();
        assertThat(window.getTitle()).isEqualTo("Heap Lab preferences");
        assertThat(window.isResizable()).isTrue();
        assertThat(window.getHeight()).isGreaterThanOrEqualTo(480);
        assertThat(window.getWidth()).isGreaterThanOrEqualTo(600);
        assertThat(sheet.getHeight()).isGreaterThan(320);
        assertThat(sheet.getItems()).extracting(PropertySheet.Item::getName).contains("Dark theme", "Font size", "Stack size (KiB)");
        robot.clickOn("Cancel");
    }

    @Test
    void zoomScalesThePanesNotOnlyTheEditor(FxRobot robot) throws Exception {
        HeapLabAppTest.showTab(robot, "heap-tab"); // built the first time it is shown
        double title = HeapLabAppTest.fx(() -> robot.lookup("#diagram-pane .pane-title").queryLabeled().getFont().getSize());
        double table = HeapLabAppTest.fx(() -> robot.lookup("#block-table .placeholder .label").queryLabeled().getFont().getSize());
        for (int i = 0; i < 4; i++) robot.clickOn("#zoom-in");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.editor().fontSizeProperty().get()).isEqualTo(18);
        assertThat(HeapLabAppTest.fx(() -> robot.lookup("#diagram-pane .pane-title").queryLabeled().getFont().getSize())).isGreaterThan(title + 3);
        assertThat(HeapLabAppTest.fx(() -> robot.lookup("#block-table .placeholder .label").queryLabeled().getFont().getSize())).isGreaterThan(table + 2);
    }
}
