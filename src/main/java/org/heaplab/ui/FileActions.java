package org.heaplab.ui;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import org.heaplab.session.Session;
import org.heaplab.session.TraceFile;
import org.heaplab.source.LabFiles;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The program's file: new, open (a Zig program, or a trace to replay), save, save as, the
 * recent files, and the question before unsaved changes would be lost (a scenario's program is
 * kept with the scenario instead). No edit is dropped without asking; {@link Autosave} covers
 * a crash.
 */
final class FileActions {
    /** The largest program the editor opens (the lab is for small programs; a huge file would make editing sluggish). */
    static final int MAX_FILE = 2 << 20;

    private final AppContext ctx;
    private final Autosave autosave;
    private final ScenarioController scenarios;
    private final RunActions run;
    private final MenuButton recent = new MenuButton();
    private final org.heaplab.ui.common.TaskRunner.Lane reader;

    FileActions(AppContext ctx, Autosave autosave, ScenarioController scenarios, RunActions run) {
        this.ctx = ctx;
        this.autosave = autosave;
        this.scenarios = scenarios;
        this.run = run;
        this.reader = ctx.tasks.lane("open");
        recent.setGraphic(new FontIcon("mdi2h-history"));
        recent.setTooltip(new Tooltip("Open a recent file"));
        recent.setId("recent");
    }

    /** The toolbar's menu of recent files. */
    MenuButton recentMenu() { return recent; }

    /** A new, untitled program (the starter), after asking about unsaved changes. */
    void newProgram() {
        if (!confirmDiscard()) return;
        scenarios.leave();
        ctx.replace(new Document.Untitled(), HeapLabApp.STARTER, false);
        autosave.clear();
    }

    void open() {
        if (!confirmDiscard()) return;
        var chooser = new FileChooser();
        chooser.setTitle("Open a Zig program");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zig source", "*.zig"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Heap Lab trace (heaplab run --trace)", "*.json"));
        var chosen = chooser.showOpenDialog(ctx.stage);
        if (chosen != null) openFile(chosen.toPath());
    }

    /** What reading a trace gave: the trace, or the message saying why it cannot be opened. */
    private record ReadTrace(TraceFile trace, String problem) {}

    /**
     * Opens a trace: read and checked on a lane of its own (a trace can be large; the window
     * stays responsive), then its program goes into the editor (as a new, unsaved program), run
     * to its end with its settings so the timeline holds every step, and paused at its first step.
     */
    void openTrace(Path p) {
        ctx.notify("Reading the trace " + p.getFileName() + "...");
        reader.submit(() -> {
            try {
                return new ReadTrace(TraceFile.read(p), null);
            } catch (LabFiles.Refused e) {
                return new ReadTrace(null, "It " + e.reason() + ".");
            } catch (IOException | RuntimeException e) {
                return new ReadTrace(null, "It could not be read: " + e.getMessage());
            } catch (TraceFile.Invalid e) {
                return new ReadTrace(null, "It is not a trace Heap Lab can replay: " + e.getMessage());
            }
        }, r -> {
            if (r.trace() == null) {
                ctx.notifications.hide();
                ctx.error("Could not open " + p.getFileName(), r.problem());
            } else {
                showTrace(r.trace());
            }
        });
    }

    private void showTrace(TraceFile t) {
        scenarios.leave();
        ctx.replace(new Document.Trace(t.file(), t.settings(), t.steps()), t.program(), true);
        ctx.mode.getSelectionModel().select(t.mode() == Session.Mode.TEST ? 2 : 1);
        String ended = t.ending() != null ? t.ending().text() : "exit status " + t.exitCode();
        ctx.notify(String.format("The trace of %s: %,d steps, %s. It runs with the settings it was recorded with; "
                + "use the timeline to go to any step.", t.file(), t.steps(), ended));
        run.replay();
    }

    /** Opens a file into the editor (no unsaved-changes check: callers ask first). */
    void openFile(Path p) {
        if (p.getFileName().toString().endsWith(".json")) {
            openTrace(p);
            return;
        }
        try {
            String text = LabFiles.readText(p, MAX_FILE);
            scenarios.leave();
            ctx.replace(new Document.OnDisk(p), text, false);
            ctx.settings.opened(p);
            refreshRecent();
            autosave.clear();
        } catch (CharacterCodingException e) {
            ctx.error("Could not open " + p.getFileName(), "It is not UTF-8 text (Zig source files are UTF-8).");
        } catch (LabFiles.Refused e) {
            ctx.error("Could not open " + p.getFileName(), "It " + e.reason() + ".");
        } catch (IOException | RuntimeException e) {
            ctx.settings.recentFiles().remove(p.toAbsolutePath().toString());
            refreshRecent();
            ctx.error("Could not open " + p.getFileName(), e.getMessage());
        }
    }

    void refreshRecent() {
        recent.getItems().clear();
        for (String f : ctx.settings.recentFiles()) {
            var item = new MenuItem(f);
            item.setOnAction(e -> {
                if (confirmDiscard()) openFile(Path.of(f));
            });
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    boolean save() {
        return ctx.file() == null ? saveAs() : writeTo(ctx.file());
    }

    boolean saveAs() {
        var chooser = new FileChooser();
        chooser.setTitle("Save the program");
        chooser.setInitialFileName(ctx.fileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zig source", "*.zig"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Heap Lab trace (heaplab run --trace)", "*.json"));
        var chosen = chooser.showSaveDialog(ctx.stage);
        return chosen != null && writeTo(chosen.toPath());
    }

    private boolean writeTo(Path target) {
        try {
            Files.writeString(target, ctx.editor.getText(), StandardCharsets.UTF_8);
            ctx.document.set(new Document.OnDisk(target));
            ctx.dirty.set(false);
            ctx.settings.opened(target);
            refreshRecent();
            autosave.clear();
            return true;
        } catch (IOException | RuntimeException e) {
            ctx.error("Could not save " + target.getFileName(), e.getMessage());
            return false;
        }
    }

    /** Whether unsaved changes may be dropped: asks to save them first. */
    boolean confirmDiscard() {
        if (!ctx.dirty.get()) return true;
        // a scenario's program is kept with the scenario's progress, not in a file of the learner's
        if (ctx.scenario() != null) return scenarios.keepWork();
        var saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        var discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "The program has changes that are not saved.", saveButton, discard, ButtonType.CANCEL);
        alert.setHeaderText("Save the changes first?");
        alert.initOwner(ctx.stage);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return false;
        if (answer.get() == saveButton) return save();
        autosave.clear();
        return true;
    }
}
