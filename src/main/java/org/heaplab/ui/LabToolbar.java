package org.heaplab.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.heaplab.session.Debugger;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * How the learner gives commands: the toolbar (files, undo, the run controls enabled by the
 * run's phase, the speed and mode boxes, zoom, theme, settings, scenarios) and the keyboard
 * shortcuts for the same actions (VS Code's and IntelliJ's keys).
 */
final class LabToolbar {
    private static final int[] SPEEDS = {0, 1, 2, 5, 10, 50};

    private final AppContext ctx;
    private final FileActions files;
    private final RunActions run;
    private final ScenarioController scenarios;
    private final Appearance appearance;

    LabToolbar(AppContext ctx, FileActions files, RunActions run, ScenarioController scenarios, Appearance appearance) {
        this.ctx = ctx;
        this.files = files;
        this.run = run;
        this.scenarios = scenarios;
        this.appearance = appearance;
    }

    private static Button button(String id, String icon, String tip, Runnable action) {
        var b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    ToolBar build() {
        var editor = ctx.editor;
        var lab = ctx.lab;
        var fresh = button("new", "mdi2f-file-outline", "New program (Ctrl+N)", files::newProgram);
        var open = button("open", "mdi2f-folder-open", "Open a .zig file (Ctrl+O)", files::open);
        var save = button("save", "mdi2c-content-save", "Save (Ctrl+S)", files::save);
        var saveAs = button("save-as", "mdi2c-content-save-edit", "Save as... (Ctrl+Shift+S)", files::saveAs);
        var undo = button("undo", "mdi2u-undo", "Undo (Ctrl+Z)", () -> editor.area().undo());
        var redo = button("redo", "mdi2r-redo", "Redo (Ctrl+Y)", () -> editor.area().redo());
        editor.area().undoAvailableProperty().addListener((o, a, b) -> undo.setDisable(!b));
        editor.area().redoAvailableProperty().addListener((o, a, b) -> redo.setDisable(!b));
        undo.setDisable(true);
        redo.setDisable(true);

        var runButton = button("run", "mdi2p-play", "Run / Continue (F5)", run::runOrContinue);
        var over = button("step-over", "mdi2d-debug-step-over", "Step over (F10)", () -> run.step(Debugger.Command.STEP_OVER));
        var into = button("step-into", "mdi2d-debug-step-into", "Step into (F11)", () -> run.step(Debugger.Command.STEP_INTO));
        var out = button("step-out", "mdi2d-debug-step-out", "Step out (Shift+F11)", () -> run.step(Debugger.Command.STEP_OUT));
        var toCursor = button("run-to-cursor", "mdi2c-cursor-text", "Run to cursor (Ctrl+F10)", run::runToCursor);
        var back = button("step-back", "mdi2s-step-backward", "Step back (F7): to the previous line the program ran; right-click for reverse continue (Shift+F7)", run::stepBack);
        // reverse continue: the step back's menu and Shift+F7 (the toolbar has no room left; the Breakpoints tab has a button)
        var reverse = new javafx.scene.control.MenuItem("Reverse continue (Shift+F7): back to the previous write a watchpoint watches");
        reverse.setOnAction(e -> run.reverseContinue());
        back.setContextMenu(new javafx.scene.control.ContextMenu(reverse));
        var pause = button("pause", "mdi2p-pause", "Pause (F6)", lab::pause);
        var stop = button("stop", "mdi2s-stop", "Stop (Shift+F5)", lab::stop);
        var restart = button("restart", "mdi2r-restart", "Restart (Ctrl+Shift+F5)", run::restart);
        var phase = lab.phaseProperty();
        var running = Bindings.createBooleanBinding(() -> phase.get() == LabViewModel.Phase.RUNNING, phase);
        var idle = Bindings.createBooleanBinding(() -> phase.get() == LabViewModel.Phase.IDLE, phase);
        runButton.disableProperty().bind(running);
        // fault injection: a right-click on Run (the toolbar has no room left; the row is also under the Breakpoints tab)
        org.heaplab.ui.faults.FaultControl.attach(runButton, ctx.faults);
        over.disableProperty().bind(running);
        into.disableProperty().bind(running);
        out.disableProperty().bind(Bindings.createBooleanBinding(() -> phase.get() != LabViewModel.Phase.PAUSED, phase));
        toCursor.disableProperty().bind(running);
        back.disableProperty().bind(Bindings.createBooleanBinding(() -> phase.get() == LabViewModel.Phase.RUNNING || lab.timeline() == null,
                phase, lab.snapshotProperty()));
        reverse.disableProperty().bind(back.disableProperty());
        pause.disableProperty().bind(running.not());
        stop.disableProperty().bind(idle);

        var mode = ctx.mode;
        mode.setId("mode");
        mode.getItems().addAll("Auto", "zig run", "zig test");
        mode.getSelectionModel().select(0);
        mode.setTooltip(new Tooltip("Run main (zig run) or the test blocks (zig test); Auto runs main when the file has one"));

        var zoomIn = button("zoom-in", "mdi2m-magnify-plus-outline", "Zoom in: larger text in the editor and every pane (Ctrl+=)", () -> editor.zoom(1));
        var zoomOut = button("zoom-out", "mdi2m-magnify-minus-outline", "Zoom out: smaller text in the editor and every pane (Ctrl+-)", () -> editor.zoom(-1));
        var theme = button("theme", "mdi2w-weather-night", "Light or dark theme", appearance::toggleTheme);
        var prefs = button("settings", "mdi2c-cog-outline", "Preferences: run limits, stack, DebugAllocator defaults, theme, font", appearance::editSettings);
        var tb = new ToolBar(scenarios.button(), new Separator(), fresh, open, save, saveAs, files.recentMenu(), undo, redo, new Separator(), runButton,
                back, over, into, out, toCursor, pause, stop, restart, speedBox(), mode, new Separator(), zoomIn, zoomOut, theme, prefs);
        tb.setId("toolbar");
        return tb;
    }

    /** The run speed: full speed, or an animated run of so many statements a second. */
    private ChoiceBox<String> speedBox() {
        var settings = ctx.settings;
        var speed = new ChoiceBox<String>();
        speed.setId("speed");
        speed.getItems().addAll("Full speed", "1 line/s", "2 lines/s", "5 lines/s", "10 lines/s", "50 lines/s");
        int current = 0;
        for (int i = 0; i < SPEEDS.length; i++) if (SPEEDS[i] == settings.stepsPerSecond.get()) current = i;
        speed.getSelectionModel().select(current);
        speed.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) settings.stepsPerSecond.set(SPEEDS[b.intValue()]);
        });
        // a speed set in the settings that the box offers is shown there (others leave the box as it was)
        settings.stepsPerSecond.addListener((o, a, b) -> {
            for (int i = 0; i < SPEEDS.length; i++) {
                if (SPEEDS[i] == b.intValue() && speed.getSelectionModel().getSelectedIndex() != i) speed.getSelectionModel().select(i);
            }
        });
        speed.setTooltip(new Tooltip("Run speed: animate the run (the current line moves so many times a second), or run at full speed to the next breakpoint"));
        return speed;
    }

    /** The keyboard shortcuts, for the window's scene. */
    void installKeys(Scene scene) {
        var editor = ctx.editor;
        var lab = ctx.lab;
        var button = scenarios.button();
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.F5), run::runOrContinue);
        acc.put(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), lab::stop);
        acc.put(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), run::restart);
        acc.put(new KeyCodeCombination(KeyCode.F6), lab::pause);
        acc.put(new KeyCodeCombination(KeyCode.F10), () -> run.step(Debugger.Command.STEP_OVER));
        acc.put(new KeyCodeCombination(KeyCode.F7), run::stepBack);
        acc.put(new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN), run::reverseContinue);
        acc.put(new KeyCodeCombination(KeyCode.F11), () -> run.step(Debugger.Command.STEP_INTO));
        acc.put(new KeyCodeCombination(KeyCode.F11, KeyCombination.SHIFT_DOWN), () -> run.step(Debugger.Command.STEP_OUT));
        acc.put(new KeyCodeCombination(KeyCode.F10, KeyCombination.SHORTCUT_DOWN), run::runToCursor);
        acc.put(new KeyCodeCombination(KeyCode.F9), () -> editor.toggleBreakpoint(editor.caretLine()));
        acc.put(new KeyCodeCombination(KeyCode.F1), () -> button.setSelected(!button.isSelected()));
        acc.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), files::open);
        acc.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), files::newProgram);
        acc.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), files::save);
        acc.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), files::saveAs);
        acc.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> editor.zoom(1));
        acc.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), () -> editor.zoom(1));
        acc.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> editor.zoom(-1));
    }
}
