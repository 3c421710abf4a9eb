package org.heaplab.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
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
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.trace.EventBreakpoint;
import org.heaplab.ui.common.Selection;
import org.heaplab.ui.common.TaskRunner;
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
    /** Where work off the JavaFX thread runs, and how it comes back. */
    final TaskRunner tasks;
    final Settings settings;
    final LabViewModel lab;
    final EditorPane editor;
    final Selection selection = new Selection();
    /** What the editor's program is: untitled, a file, a scenario's work, a trace's program. */
    final ObjectProperty<Document> document = new SimpleObjectProperty<>(new Document.Untitled());
    /** Whether the editor has changes not saved (to the file, or to the scenario's progress). */
    final BooleanProperty dirty = new SimpleBooleanProperty(false);
    /** The run mode: Auto, zig run, zig test. */
    final ChoiceBox<String> mode = new ChoiceBox<>();
    final ObservableList<EventBreakpoint> eventBreakpoints = FXCollections.observableArrayList();
    final NotificationPane notifications = new NotificationPane();
    /** Opens the scenario with this id (an error card's or a problem's lesson); set by the scenario controller. */
    Consumer<String> openLesson = id -> { };
    /** Fault injection for the next run: the allocation to fail, the allocator standing in for the root one. */
    final org.heaplab.ui.faults.FaultSettings faults = new org.heaplab.ui.faults.FaultSettings();

    AppContext(Stage stage, TaskRunner tasks, Settings settings, LabViewModel lab, EditorPane editor) {
        this.stage = stage;
        this.tasks = tasks;
        this.settings = settings;
        this.lab = lab;
        this.editor = editor;
        notifications.setId("notifications");
    }

    /** The name runs give the program: the scenario's, the file's, else main.zig. */
    String fileName() { return document.get().name(); }

    /** The file the editor's program was opened from or saved to, or null. */
    Path file() { return document.get().file(); }

    /** The scenario whose program is in the editor, or null. */
    Scenario scenario() { return document.get() instanceof Document.ScenarioWork w ? w.scenario() : null; }

    /**
     * Another program comes into the editor: the run of the one before stops and every pane
     * forgets it (the panes show the new document's runs only), the breakpoints go, and the
     * program is marked saved or not.
     */
    void replace(Document d, String text, boolean unsaved) {
        lab.reset();
        document.set(d);
        editor.setText(text);
        editor.breakpoints().clear();
        editor.currentLineProperty().set(0);
        dirty.set(unsaved);
        for (Runnable r : onReplaced) r.run();
    }

    /** What else forgets the last program when another comes in (the console, the error cards, the diagnostics). */
    final java.util.List<Runnable> onReplaced = new java.util.ArrayList<>();

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
        if (document.get() instanceof Document.Trace t) return t.settings();
        if (scenario() != null) return org.heaplab.scenario.Walk.settings(scenario());
        return settings.runSettings();
    }

    /** The window's title: the program's name, starred while it has unsaved changes. */
    StringBinding title() {
        return Bindings.createStringBinding(
                () -> (dirty.get() ? "*" : "") + switch (document.get()) {
                    case Document.ScenarioWork w -> "Scenario " + w.scenario().number() + ": " + w.scenario().programName();
                    case Document.OnDisk f -> f.name();
                    case Document.Trace t -> "trace of " + t.recordedAs();
                    case Document.Untitled u -> "untitled.zig";
                } + " - Heap Lab",
                document, dirty);
    }

    /** A message across the top of the window for a few seconds. */
    void notify(String text) {
        notifications.show(text);
        var t = new PauseTransition(Duration.seconds(6));
        t.setOnFinished(e -> notifications.hide());
        t.play();
    }

    /** A message across the top of the window that stays until dismissed, with one action (a crash's kept work: open it). */
    void offer(String text, String action, Runnable r) {
        notifications.getActions().setAll(new org.controlsfx.control.action.Action(action, e -> {
            notifications.hide();
            notifications.getActions().clear();
            r.run();
        }));
        notifications.show(text);
    }

    /** An error dialog over the window; one raised before the window is up (a file given at start) waits for it, or it would open behind. */
    void error(String header, String detail) {
        var alert = new Alert(Alert.AlertType.ERROR, detail == null ? "" : detail);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        if (stage.isShowing()) {
            alert.show();
            return;
        }
        javafx.event.EventHandler<javafx.stage.WindowEvent>[] once = new javafx.event.EventHandler[1];
        once[0] = e -> {
            stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, once[0]);
            alert.show();
        };
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, once[0]);
    }
}
