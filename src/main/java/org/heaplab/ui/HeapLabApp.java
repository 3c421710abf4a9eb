package org.heaplab.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * The lab's window, in its first form: a Zig program on the left, what running it prints on
 * the right, and the controls to open, save, run and stop it. The live stack, heap, defer and
 * allocator panes come with their own issue.
 */
public final class HeapLabApp extends Application {
    static final String STARTER = """
            const std = @import("std");

            pub fn main() !void {
                var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                defer _ = gpa.deinit();
                const allocator = gpa.allocator();

                const numbers = try allocator.alloc(u32, 4);
                for (numbers, 0..) |*n, i| n.* = @intCast(i * i);
                std.debug.print("squares: {any}\\n", .{numbers});
                // forgot: defer allocator.free(numbers);
            }
            """;

    private final CodeArea editor = new CodeArea();
    private final TextArea console = new TextArea();
    private final Label status = new Label();
    private final CheckBox explain = new CheckBox("Explain");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private RunViewModel runs;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        runs = new RunViewModel(console::appendText);

        editor.setId("editor");
        editor.setParagraphGraphicFactory(LineNumberFactory.get(editor));
        editor.setStyle("-fx-font-family: 'monospace'; -fx-font-size: 13px;");
        editor.replaceText(STARTER);
        editor.getUndoManager().forgetHistory();
        editor.textProperty().addListener((obs, old, now) -> dirty.set(true));

        console.setId("console");
        console.setEditable(false);
        console.setWrapText(true);
        console.setStyle("-fx-font-family: 'monospace'; -fx-font-size: 13px;");
        console.setPromptText("What the program prints appears here.");

        Button open = button("Open...", "Open a .zig file (Ctrl+O)", this::open);
        Button save = button("Save", "Save the program (Ctrl+S)", this::save);
        Button run = button("Run", "Run the program as zig run does, or its tests as zig test does (F5)", this::run);
        Button stop = button("Stop", "Stop the running program (Shift+F5)", runs::stop);
        run.setId("run");
        stop.setId("stop");
        run.disableProperty().bind(runs.runningProperty());
        stop.disableProperty().bind(runs.runningProperty().not());
        explain.setId("explain");
        explain.setSelected(true);
        explain.setTooltip(new Tooltip("After Zig's output, say in plain words what went wrong: which block, which line"));

        var toolbar = new ToolBar(open, save, run, stop, explain);
        var split = new SplitPane(new VirtualizedScrollPane<>(editor), console);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);

        status.setId("status");
        status.textProperty().bind(runs.statusProperty());
        var statusBar = new HBox(status);
        statusBar.setPadding(new Insets(4, 8, 4, 8));

        var root = new BorderPane(split, toolbar, null, statusBar, null);
        var scene = new Scene(root, 1200, 760);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> { if (!runs.runningProperty().get()) run(); });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), runs::stop);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::open);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);

        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> (dirty.get() ? "*" : "") + (file.get() == null ? "untitled.zig" : file.get().getFileName()) + " - Heap Lab",
                file, dirty));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) e.consume();
        });
        stage.show();
        dirty.set(false);
        editor.requestFocus();
    }

    @Override
    public void stop() {
        if (runs != null) runs.shutdown();
    }

    private static Button button(String text, String tip, Runnable action) {
        var b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void run() {
        console.clear();
        String name = file.get() == null ? "main.zig" : file.get().getFileName().toString();
        runs.run(name, editor.getText(), explain.isSelected());
    }

    private void open() {
        if (!confirmDiscard()) return;
        var chooser = new FileChooser();
        chooser.setTitle("Open a Zig program");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zig source", "*.zig"));
        var chosen = chooser.showOpenDialog(stage);
        if (chosen == null) return;
        try {
            String text = Files.readString(chosen.toPath(), StandardCharsets.UTF_8);
            editor.replaceText(text);
            editor.getUndoManager().forgetHistory();
            editor.moveTo(0);
            file.set(chosen.toPath());
            dirty.set(false);
        } catch (IOException | RuntimeException e) {
            error("Could not open " + chosen.getName(), e.getMessage());
        }
    }

    /** Saves to the current file, asking for one first if there is none; returns whether it saved. */
    private boolean save() {
        Path target = file.get();
        if (target == null) {
            var chooser = new FileChooser();
            chooser.setTitle("Save the program");
            chooser.setInitialFileName("main.zig");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zig source", "*.zig"));
            var chosen = chooser.showSaveDialog(stage);
            if (chosen == null) return false;
            target = chosen.toPath();
        }
        try {
            Files.writeString(target, editor.getText(), StandardCharsets.UTF_8);
            file.set(target);
            dirty.set(false);
            return true;
        } catch (IOException | RuntimeException e) {
            error("Could not save " + target.getFileName(), e.getMessage());
            return false;
        }
    }

    /** Whether unsaved changes may be dropped: asks to save them first. */
    private boolean confirmDiscard() {
        if (!dirty.get()) return true;
        var saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        var discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "The program has changes that are not saved.", saveButton, discard,
                ButtonType.CANCEL);
        alert.setHeaderText("Save the changes first?");
        alert.initOwner(stage);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return false;
        if (answer.get() == saveButton) return save();
        return true;
    }

    private void error(String header, String detail) {
        var alert = new Alert(Alert.AlertType.ERROR, detail == null ? "" : detail);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.show();
    }
}
