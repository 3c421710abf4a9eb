package org.heaplab.ui;

import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.heaplab.scenario.Scenario;
import org.heaplab.session.EventBreakpoint;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.ui.common.Selection;
import org.heaplab.ui.editor.EditorPane;
import org.heaplab.ui.settings.Settings;

/**
 * What the parts of the window share: the stage, the settings, the run (the lab view model),
 * the editor and the selection, and what the program in the editor is (its file, whether it is
 * saved, the scenario or trace it came from, the run mode), with the two ways the window speaks
 * to the learner (a notification, an error alert). The parts that act on these are
 * {@link FileActions}, {@link Autosave}, {@link RunActions}, {@link ScenarioController} and the rest.
 */
final class AppContext {
    final Stage stage;
    final Settings settings;
    final LabViewModel lab;
    final EditorPane editor;
    final Selection selection = new Selection();
    /** The file the editor's program was opened from or saved to, or null. */
    final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    /** Whether the editor has changes not saved (to the file, or to the scenario's progress). */
    final BooleanProperty dirty = new SimpleBooleanProperty(false);
    /** The scenario whose program is in the editor, or null. */
    final ObjectProperty<Scenario> activeScenario = new SimpleObjectProperty<>();
    /** The run mode: Auto, zig run, zig test. */
    final ChoiceBox<String> mode = new ChoiceBox<>();
    final ObservableList<EventBreakpoint> eventBreakpoints = FXCollections.observableArrayList();
    final NotificationPane notifications = new NotificationPane();
    /** Fault injection for the next run: the allocation to fail, the allocator standing in for the root one. */
    final org.heaplab.ui.faults.FaultSettings faults = new org.heaplab.ui.faults.FaultSettings();
    /** The settings of the trace whose program is in the editor, or null. */
    RunSettings traceSettings;

    AppContext(Stage stage, Settings settings, LabViewModel lab, EditorPane editor) {
        this.stage = stage;
        this.settings = settings;
        this.lab = lab;
        this.editor = editor;
        notifications.setId("notifications");
    }

    /** The name runs give the program: the scenario's, the file's, else main.zig. */
    String fileName() {
        if (activeScenario.get() != null) return activeScenario.get().programName();
        return file.get() == null ? "main.zig" : file.get().getFileName().toString();
    }

    Session.Mode runMode() {
        return switch (mode.getSelectionModel().getSelectedIndex()) {
            case 1 -> Session.Mode.RUN;
            case 2 -> Session.Mode.TEST;
            default -> editor.getText().contains("pub fn main(") || !editor.getText().contains("test \"") ? Session.Mode.RUN : Session.Mode.TEST;
        };
    }

    /** The settings a run gets, with the fault injection set by the run buttons or in the Breakpoints tab. */
    RunSettings runSettings() {
        return faults.applyTo(plainRunSettings());
    }

    /** The settings a run gets without fault injection: a trace's own, Zig's defaults for a scenario (as its verification), else the learner's. */
    RunSettings plainRunSettings() {
        if (traceSettings != null) return traceSettings;
        if (activeScenario.get() != null) return org.heaplab.scenario.Walk.settings(activeScenario.get());
        return settings.runSettings();
    }

    /** The window's title: the program's name, starred while it has unsaved changes. */
    StringBinding title() {
        return Bindings.createStringBinding(
                () -> (dirty.get() ? "*" : "") + (activeScenario.get() != null ? "Scenario " + activeScenario.get().number() + ": "
                        + activeScenario.get().programName() : file.get() == null ? "untitled.zig" : file.get().getFileName()) + " - Heap Lab",
                file, dirty, activeScenario);
    }

    /** A message across the top of the window for a few seconds. */
    void notify(String text) {
        notifications.show(text);
        var t = new PauseTransition(Duration.seconds(6));
        t.setOnFinished(e -> notifications.hide());
        t.play();
    }

    void error(String header, String detail) {
        var alert = new Alert(Alert.AlertType.ERROR, detail == null ? "" : detail);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.show();
    }
}
