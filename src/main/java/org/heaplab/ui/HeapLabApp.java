package org.heaplab.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.StatusBar;
import org.heaplab.session.Compilation;
import org.heaplab.session.Debugger;
import org.heaplab.session.Session;
import org.heaplab.trace.Snapshot;
import org.heaplab.ui.alloc.AllocatorsPane;
import org.heaplab.ui.alloc.AllocatorsViewModel;
import org.heaplab.ui.console.ConsolePane;
import org.heaplab.ui.console.ConsoleViewModel;
import org.heaplab.ui.defer.DeferPane;
import org.heaplab.ui.defer.DeferViewModel;
import org.heaplab.ui.editor.EditorPane;
import org.heaplab.ui.heap.HeapPane;
import org.heaplab.ui.heap.HeapViewModel;
import org.heaplab.ui.problems.ProblemsPane;
import org.heaplab.ui.problems.ProblemsViewModel;
import org.heaplab.ui.settings.Settings;
import org.heaplab.ui.settings.SettingsDialog;
import org.heaplab.ui.stack.CallStackPane;
import org.heaplab.ui.stack.StackViewModel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.heaplab.ui.common.History;
import org.heaplab.ui.common.Selection;
import org.heaplab.ui.common.Styles;

/**
 * The lab's window: the editor beside the live panes (Stack, Defer queue, Heap, Allocators),
 * the Console and Problems under the editor, the run controls in the toolbar and the run state
 * in the status bar. Runs happen on the interpreter's thread; the panes show its snapshots.
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

    private final Selection selection = new Selection();
    private final StackViewModel stackVm = new StackViewModel();
    private final HeapViewModel heapVm = new HeapViewModel();
    private final DeferViewModel deferVm = new DeferViewModel();
    private final AllocatorsViewModel allocVm = new AllocatorsViewModel();
    private final ConsoleViewModel consoleVm = new ConsoleViewModel();
    private final ProblemsViewModel problemsVm = new ProblemsViewModel();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "heaplab-check");
        t.setDaemon(true);
        return t;
    });
    private long checkRequest;
    private LabViewModel lab;
    private Settings settings;
    private Stage stage;
    private EditorPane editor;
    private final org.heaplab.ui.timeline.TimelinePane timelinePane = new org.heaplab.ui.timeline.TimelinePane();
    private final javafx.collections.ObservableList<org.heaplab.session.EventBreakpoint> eventBreakpoints =
            javafx.collections.FXCollections.observableArrayList();
    private NotificationPane notifications;
    private TabPane livePanes;
    private Tab heapTab;
    private Tab allocTab;
    private PopOver card;
    private Snapshot.MemoryError shownCard;
    private final ChoiceBox<String> mode = new ChoiceBox<>();
    private final MenuButton recent = new MenuButton();
    private Timeline autosave;
    // guided scenarios
    private SplitPane mainSplit;
    private javafx.scene.layout.StackPane scenarioPanel;
    private final javafx.scene.control.ToggleButton scenariosButton = new javafx.scene.control.ToggleButton();
    private org.heaplab.ui.scenario.ScenarioProgress scenarioProgress;
    private org.heaplab.ui.scenario.WalkthroughViewModel walkVm;
    private org.heaplab.ui.scenario.ScenarioBrowser browser;
    private org.heaplab.ui.scenario.WalkthroughPane walkPane;
    private org.heaplab.scenario.ScenarioLibrary scenarioLibrary;
    /** The scenario whose program is in the editor, or null. */
    private final ObjectProperty<org.heaplab.scenario.Scenario> activeScenario = new SimpleObjectProperty<>();
    private Node stackBox;
    private Node deferBox;
    private TabPane bottomTabs;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        settings = Settings.load(Settings.defaultFolder());
        lab = new LabViewModel(Platform::runLater);
        editor = new EditorPane();
        editor.fontSizeProperty().bindBidirectional(settings.fontSize);

        var stackPane = new CallStackPane(stackVm, selection);
        var heapPane = new HeapPane(heapVm, selection);
        var deferPane = new DeferPane(deferVm, selection);
        var allocPane = new AllocatorsPane(allocVm, selection);
        var consolePane = new ConsolePane(consoleVm, selection);
        var problemsPane = new ProblemsPane(problemsVm, selection, this::openCard);

        heapTab = tab("Heap", "mdi2m-memory", heapPane);
        allocTab = tab("Allocators", "mdi2f-file-tree", allocPane);
        livePanes = new TabPane(heapTab, allocTab);
        livePanes.setId("live-panes");
        stackBox = titled("Stack", stackPane);
        deferBox = titled("Defer queue", deferPane);
        var right = new SplitPane(stackBox, deferBox, livePanes);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.36, 0.5);

        var breakpointsPane = new org.heaplab.ui.breakpoints.BreakpointsPane(editor.breakpoints(), eventBreakpoints);
        var bottom = new TabPane(tab("Console", "mdi2c-console", consolePane), tab("Problems", "mdi2a-alert-circle-outline", problemsPane),
                tab("Breakpoints", "mdi2r-record-circle-outline", breakpointsPane));
        bottom.setId("bottom-tabs");
        bottomTabs = bottom;
        timelinePane.connect(lab::timeline, this::seek);
        var editorAndTimeline = new BorderPane(editor, null, null, timelinePane, null);
        var left = new SplitPane(editorAndTimeline, bottom);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.68);
        var main = new SplitPane(left, right);
        main.setDividerPositions(0.42);
        mainSplit = main;
        setUpScenarios();
        notifications = new NotificationPane(main);
        notifications.setId("notifications");

        var status = new StatusBar();
        status.setId("status-bar");
        status.textProperty().bind(lab.statusProperty());
        var steps = new Label();
        steps.setId("step-count");
        var live = new Label();
        steps.textProperty().bind(Bindings.createStringBinding(() -> {
            Snapshot s = lab.getSnapshot();
            return s == null ? "" : String.format("step %,d", s.step());
        }, lab.snapshotProperty()));
        live.textProperty().bind(Bindings.createStringBinding(() -> {
            Snapshot s = lab.getSnapshot();
            if (s == null) return "";
            var blocks = s.liveProgramBlocks();
            long bytes = blocks.stream().mapToLong(Snapshot.HeapBlock::length).sum();
            int count = blocks.size();
            return String.format("%d live %s, %,d bytes", count, count == 1 ? "block" : "blocks", bytes);
        }, lab.snapshotProperty()));
        status.getRightItems().addAll(live, new Separator(Orientation.VERTICAL), steps);

        var root = new BorderPane(notifications, toolbar(), null, status, null);
        var scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(css("lab.css"));
        applyTheme(scene);
        settings.theme.addListener((o, a, b) -> applyTheme(scene));
        // view settings are kept as they change, not only at a clean exit
        settings.theme.addListener((o, a, b) -> saveSettings());
        settings.fontSize.addListener((o, a, b) -> saveSettings());
        settings.stepsPerSecond.addListener((o, a, b) -> saveSettings());
        settings.recentFiles().addListener((javafx.collections.ListChangeListener<String>) c -> saveSettings());
        keys(scene);

        lab.snapshotProperty().addListener((o, a, s) -> show(s));
        lab.phaseProperty().addListener((o, a, p) -> {
            if (p == LabViewModel.Phase.RUNNING) return;
            lab.setEventBreakpoints(eventBreakpoints); // a scenario's event breakpoint lasts one run to
            walkVm.stopped(lab.getSnapshot(), lab.compilationProperty().get());
        });
        heapPane.setHistory(history);
        eventBreakpoints.addListener((javafx.collections.ListChangeListener<org.heaplab.session.EventBreakpoint>) c -> lab.setEventBreakpoints(eventBreakpoints));
        editor.setHoverDetails(this::localDetails);
        lab.compilationProperty().addListener((o, a, c) -> showCompilation(c));
        selection.currentProperty().addListener((o, a, t) -> follow(t));
        editor.breakpoints().addListener((javafx.collections.SetChangeListener<Integer>) c -> lab.setBreakpoints(editor.breakpoints()));
        settings.stepsPerSecond.addListener((o, a, b) -> lab.setStepsPerSecond(b.intValue()));
        lab.setStepsPerSecond(settings.stepsPerSecond.get());
        settings.stopOnMemoryErrors.addListener((o, a, b) -> lab.setStopOnErrors(b));
        lab.setStopOnErrors(settings.stopOnMemoryErrors.get());

        editor.area().textProperty().addListener((o, a, b) -> {
            dirty.set(true);
            scheduleCheck();
            if (lab.phaseProperty().get() != LabViewModel.Phase.IDLE && !warnedEdit) {
                warnedEdit = true;
                notify("The program changed since this run started; Restart (Ctrl+Shift+F5) runs the new text.");
            }
        });
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> (dirty.get() ? "*" : "") + (activeScenario.get() != null ? "Scenario " + activeScenario.get().number() + ": "
                        + activeScenario.get().programName() : file.get() == null ? "untitled.zig" : file.get().getFileName()) + " - Heap Lab",
                file, dirty, activeScenario));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) e.consume();
        });

        editor.setText(STARTER);
        dirty.set(false);
        List<String> files = getParameters() == null ? List.of() : getParameters().getUnnamed();
        if (files.isEmpty()) {
            restoreAutosave();
        } else {
            keepAutosaveAside();
            openFile(Path.of(files.getFirst()));
        }
        autosave = new Timeline(new KeyFrame(Duration.seconds(5), e -> autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        refreshRecent();
        stage.show();
        editor.area().requestFocus();
    }

    @Override
    public void stop() {
        if (lab != null) lab.shutdown();
        timelinePane.shutdown();
        if (editor != null) editor.shutdown();
        checker.shutdownNow();
        if (autosave != null) autosave.stop();
        try {
            if (settings != null) settings.save();
        } catch (IOException e) {
            System.err.println("heaplab: could not save settings: " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ layout helpers

    private static String css(String name) {
        return HeapLabApp.class.getResource(name).toExternalForm();
    }

    private void applyTheme(Scene scene) {
        boolean dark = settings.theme.get() == Settings.Theme.DARK;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().removeIf(s -> s.contains("tokens-"));
        scene.getStylesheets().addFirst(css(dark ? "tokens-dark.css" : "tokens-light.css"));
        Platform.runLater(() -> {
            for (Node n : scene.getRoot().lookupAll(".heap-pane")) if (n instanceof HeapPane hp) hp.applyThemeColors();
        });
    }

    private static Tab tab(String title, String icon, Node content) {
        var t = new Tab(title, content);
        t.setClosable(false);
        t.setGraphic(new FontIcon(icon));
        t.setId(title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-tab");
        return t;
    }

    private static Node titled(String title, Node content) {
        var l = new Label(title);
        l.getStyleClass().add(Styles.PANE_TITLE);
        var p = new BorderPane(content, l, null, null, null);
        p.setId(title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-pane");
        return p;
    }

    private Button button(String id, String icon, String tip, Runnable action) {
        var b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private ToolBar toolbar() {
        var fresh = button("new", "mdi2f-file-outline", "New program (Ctrl+N)", this::newProgram);
        var open = button("open", "mdi2f-folder-open", "Open a .zig file (Ctrl+O)", this::open);
        var save = button("save", "mdi2c-content-save", "Save (Ctrl+S)", this::save);
        var saveAs = button("save-as", "mdi2c-content-save-edit", "Save as... (Ctrl+Shift+S)", this::saveAs);
        recent.setGraphic(new FontIcon("mdi2h-history"));
        recent.setTooltip(new Tooltip("Open a recent file"));
        recent.setId("recent");
        var undo = button("undo", "mdi2u-undo", "Undo (Ctrl+Z)", () -> editor.area().undo());
        var redo = button("redo", "mdi2r-redo", "Redo (Ctrl+Y)", () -> editor.area().redo());
        editor.area().undoAvailableProperty().addListener((o, a, b) -> undo.setDisable(!b));
        editor.area().redoAvailableProperty().addListener((o, a, b) -> redo.setDisable(!b));
        undo.setDisable(true);
        redo.setDisable(true);

        var run = button("run", "mdi2p-play", "Run / Continue (F5)", this::runOrContinue);
        var over = button("step-over", "mdi2d-debug-step-over", "Step over (F10)", () -> step(Debugger.Command.STEP_OVER));
        var into = button("step-into", "mdi2d-debug-step-into", "Step into (F11)", () -> step(Debugger.Command.STEP_INTO));
        var out = button("step-out", "mdi2d-debug-step-out", "Step out (Shift+F11)", () -> step(Debugger.Command.STEP_OUT));
        var toCursor = button("run-to-cursor", "mdi2c-cursor-text", "Run to cursor (Ctrl+F10)", this::runToCursor);
        var back = button("step-back", "mdi2s-step-backward", "Step back (F7): to the previous line the program ran", this::stepBack);
        var pause = button("pause", "mdi2p-pause", "Pause (F6)", lab::pause);
        var stop = button("stop", "mdi2s-stop", "Stop (Shift+F5)", lab::stop);
        var restart = button("restart", "mdi2r-restart", "Restart (Ctrl+Shift+F5)", this::restart);
        var phase = lab.phaseProperty();
        var running = Bindings.createBooleanBinding(() -> phase.get() == LabViewModel.Phase.RUNNING, phase);
        var idle = Bindings.createBooleanBinding(() -> phase.get() == LabViewModel.Phase.IDLE, phase);
        run.disableProperty().bind(running);
        over.disableProperty().bind(running);
        into.disableProperty().bind(running);
        out.disableProperty().bind(Bindings.createBooleanBinding(() -> phase.get() != LabViewModel.Phase.PAUSED, phase));
        toCursor.disableProperty().bind(running);
        back.disableProperty().bind(Bindings.createBooleanBinding(() -> phase.get() == LabViewModel.Phase.RUNNING || lab.timeline() == null,
                phase, lab.snapshotProperty()));
        pause.disableProperty().bind(running.not());
        stop.disableProperty().bind(idle);

        var speed = new ChoiceBox<String>();
        speed.setId("speed");
        speed.getItems().addAll("Full speed", "1 step/s", "2 steps/s", "5 steps/s", "10 steps/s", "50 steps/s");
        int[] speeds = {0, 1, 2, 5, 10, 50};
        int current = 0;
        for (int i = 0; i < speeds.length; i++) if (speeds[i] == settings.stepsPerSecond.get()) current = i;
        speed.getSelectionModel().select(current);
        speed.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) settings.stepsPerSecond.set(speeds[b.intValue()]);
        });
        // a speed set in the settings that the box offers is shown there (others leave the box as it was)
        settings.stepsPerSecond.addListener((o, a, b) -> {
            for (int i = 0; i < speeds.length; i++) {
                if (speeds[i] == b.intValue() && speed.getSelectionModel().getSelectedIndex() != i) speed.getSelectionModel().select(i);
            }
        });
        speed.setTooltip(new Tooltip("Run speed: animate the run, or run at full speed to the next breakpoint"));

        mode.setId("mode");
        mode.getItems().addAll("Auto", "zig run", "zig test");
        mode.getSelectionModel().select(0);
        mode.setTooltip(new Tooltip("Run main (zig run) or the test blocks (zig test); Auto runs main when the file has one"));

        var zoomIn = button("zoom-in", "mdi2m-magnify-plus-outline", "Larger font (Ctrl+=)", () -> editor.zoom(1));
        var zoomOut = button("zoom-out", "mdi2m-magnify-minus-outline", "Smaller font (Ctrl+-)", () -> editor.zoom(-1));
        var theme = button("theme", "mdi2w-weather-night", "Light or dark theme", () -> settings.theme.set(
                settings.theme.get() == Settings.Theme.DARK ? Settings.Theme.LIGHT : Settings.Theme.DARK));
        var prefs = button("settings", "mdi2c-cog-outline", "Settings: limits, stack, DebugAllocator defaults", this::editSettings);
        scenariosButton.setGraphic(new FontIcon("mdi2s-school-outline"));
        scenariosButton.setId("scenarios");
        scenariosButton.setTooltip(new Tooltip("Guided scenarios: lessons on the heap, with questions and tasks (F1)"));
        scenariosButton.setFocusTraversable(false);
        scenariosButton.selectedProperty().addListener((o, a, b) -> showScenarioPanel(b));
        var tb = new ToolBar(scenariosButton, new Separator(), fresh, open, save, saveAs, recent, undo, redo, new Separator(), run, back, over, into, out, toCursor, pause, stop, restart, speed,
                mode, new Separator(), zoomIn, zoomOut, theme, prefs);
        tb.setId("toolbar");
        return tb;
    }

    private void keys(Scene scene) {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.F5), this::runOrContinue);
        acc.put(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), lab::stop);
        acc.put(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::restart);
        acc.put(new KeyCodeCombination(KeyCode.F6), lab::pause);
        acc.put(new KeyCodeCombination(KeyCode.F10), () -> step(Debugger.Command.STEP_OVER));
        acc.put(new KeyCodeCombination(KeyCode.F7), this::stepBack);
        acc.put(new KeyCodeCombination(KeyCode.F11), () -> step(Debugger.Command.STEP_INTO));
        acc.put(new KeyCodeCombination(KeyCode.F11, KeyCombination.SHIFT_DOWN), () -> step(Debugger.Command.STEP_OUT));
        acc.put(new KeyCodeCombination(KeyCode.F10, KeyCombination.SHORTCUT_DOWN), this::runToCursor);
        acc.put(new KeyCodeCombination(KeyCode.F9), () -> editor.toggleBreakpoint(editor.caretLine()));
        acc.put(new KeyCodeCombination(KeyCode.F1), () -> scenariosButton.setSelected(!scenariosButton.isSelected()));
        acc.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::open);
        acc.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newProgram);
        acc.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        acc.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::saveAs);
        acc.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> editor.zoom(1));
        acc.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), () -> editor.zoom(1));
        acc.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> editor.zoom(-1));
    }

    // ------------------------------------------------------------------ running

    private String fileName() {
        if (activeScenario.get() != null) return activeScenario.get().programName();
        return file.get() == null ? "main.zig" : file.get().getFileName().toString();
    }

    private Session.Mode runMode() {
        return switch (mode.getSelectionModel().getSelectedIndex()) {
            case 1 -> Session.Mode.RUN;
            case 2 -> Session.Mode.TEST;
            default -> editor.getText().contains("pub fn main(") || !editor.getText().contains("test \"") ? Session.Mode.RUN : Session.Mode.TEST;
        };
    }

    private boolean warnedEdit;

    private void beforeRun() {
        if (lab.phaseProperty().get() != LabViewModel.Phase.IDLE) return;
        warnedEdit = false;
        // a trace opened into the editor runs with the settings it was recorded with
        lab.setSettings(runSettings());
        consoleVm.clear();
        hideCard();
        shownCard = null;
    }

    private void runOrContinue() {
        beforeRun();
        lab.runOrContinue(fileName(), editor.getText(), runMode());
    }

    private void step(Debugger.Command c) {
        beforeRun();
        lab.step(c, fileName(), editor.getText(), runMode());
    }

    private void stepBack() {
        hideCard();
        lab.stepBack();
    }

    private void seek(long step) {
        hideCard();
        lab.seek(step);
    }

    /** The block history links of the heap pane and the error cards. */
    private final History history = new History() {
        @Override
        public void rewindToAllocation(Snapshot.HeapBlock b) {
            hideCard();
            lab.seekAfter(b.allocStep(), String.format("after the allocation of 0x%x", b.address()));
        }

        @Override
        public void jumpToFree(Snapshot.HeapBlock b) {
            hideCard();
            lab.seekAfter(b.freeStep(), String.format("after the free of 0x%x", b.address()));
        }

        @Override
        public void findWhereLost(Snapshot.HeapBlock b) {
            hideCard();
            lab.findWhereLost(b.address(), b.allocStep());
        }

        @Override
        public void breakOnFree(Snapshot.HeapBlock b) {
            var bp = org.heaplab.session.EventBreakpoint.freeOf(b.address());
            if (!eventBreakpoints.contains(bp)) eventBreakpoints.add(bp);
            HeapLabApp.this.notify(String.format("The run will stop after the block at 0x%x is freed (see Breakpoints).", b.address()));
        }
    };

    private void runToCursor() {
        beforeRun();
        lab.runToLine(editor.caretLine(), fileName(), editor.getText(), runMode());
    }

    private void restart() {
        if (lab.phaseProperty().get() == LabViewModel.Phase.IDLE) {
            step(Debugger.Command.STEP_INTO);
            return;
        }
        consoleVm.clear();
        hideCard();
        warnedEdit = false;
        lab.setSettings(runSettings());
        lab.restart(fileName(), editor.getText(), runMode());
    }

    /** One snapshot, shown by every pane. */
    private void show(Snapshot s) {
        timelinePane.showStep(s == null ? 0 : s.step());
        stackVm.show(s);
        heapVm.show(s);
        deferVm.show(s);
        allocVm.show(s);
        consoleVm.show(s);
        problemsVm.show(s);
        boolean stopped = s != null && s.state() != Snapshot.RunState.RUNNING;
        // the marker shows where the run is, or the line of the error that ended it
        boolean marked = s != null && s.position() != null && s.position().file().equals(fileName())
                && (s.state() != Snapshot.RunState.FINISHED || s.stoppedOn() != null);
        editor.currentLineProperty().set(marked ? s.position().line() : 0);
        if (stopped && s.stoppedOn() != null && !s.stoppedOn().equals(shownCard)) openCard(s.stoppedOn());
        if (s != null && s.state() == Snapshot.RunState.FINISHED) {
            long leaks = s.errors().stream().filter(e -> e.kind() == Snapshot.ErrorKind.LEAK).count();
            if (leaks > 0) notify((leaks == 1 ? "1 block leaked" : leaks + " blocks leaked") + ": see Problems; each links to its allocation.");
        }
    }

    private void showCompilation(Compilation c) {
        if (c == null) return;
        List<org.heaplab.diag.Diagnostic> mine = c.diagnostics().stream().filter(d -> d.span() == null || !d.span().file().isLibrary()).toList();
        editor.diagnosticsProperty().set(mine);
        problemsVm.showDiagnostics(c.diagnostics());
        if (!c.ok()) notify("The program did not compile: " + c.diagnostics().size() + (c.diagnostics().size() == 1 ? " problem" : " problems")
                + " (see Problems).");
    }

    /** Checks the program a moment after typing stops, off the UI thread, for live diagnostics. */
    private void scheduleCheck() {
        long req = ++checkRequest;
        var wait = new PauseTransition(Duration.millis(700));
        wait.setOnFinished(e -> {
            if (req != checkRequest) return;
            String text = editor.getText();
            String name = fileName();
            Session.Mode m = runMode();
            checker.execute(() -> {
                Compilation c = Session.compile(name, text, m);
                Platform.runLater(() -> {
                    if (req != checkRequest) return;
                    var mine = c.diagnostics().stream().filter(d -> d.span() == null || !d.span().file().isLibrary()).toList();
                    editor.diagnosticsProperty().set(mine);
                    problemsVm.showDiagnostics(c.diagnostics());
                });
            });
        });
        wait.play();
    }

    private void follow(Selection.Target t) {
        switch (t) {
            case Selection.Line l when l.position() != null && l.position().file().equals(fileName()) ->
                    editor.goTo(l.position().line(), l.position().column());
            case Selection.Block b -> {
                livePanes.getSelectionModel().select(heapTab);
                Snapshot s = lab.getSnapshot();
                Snapshot.HeapBlock block = s == null ? null : s.blockAt(b.address());
                if (block != null && block.allocSite() != null && block.allocSite().file().equals(fileName())) {
                    editor.showLine(block.allocSite().line());
                }
            }
            case Selection.Local l when l.pointsTo() != 0 && lab.getSnapshot() != null && lab.getSnapshot().blockAt(l.pointsTo()) != null ->
                    livePanes.getSelectionModel().select(heapTab);
            case null, default -> { }
        }
    }

    /** Hovering a name while paused: the innermost frame's local of that name, its type, address, size and value. */
    Node localDetails(String name) {
        Snapshot s = lab.getSnapshot();
        if (s == null || s.state() != Snapshot.RunState.PAUSED || s.top() == null) return null;
        for (Snapshot.Local l : s.top().locals()) {
            if (!l.name().equals(name)) continue;
            var title = new Label(l.name() + ": " + l.type());
            title.getStyleClass().add(Styles.PANE_TITLE);
            var where = new Label(String.format("at 0x%x, %d bytes, in %s", l.address(), l.size(), s.top().function()));
            var value = new Label(l.value());
            value.setWrapText(true);
            value.setMaxWidth(480);
            var box = new javafx.scene.layout.VBox(4, title, where, value);
            box.setId("hover-details");
            box.setPadding(new javafx.geometry.Insets(8));
            return box;
        }
        return null;
    }

    private void openCard(Snapshot.MemoryError e) {
        hideCard();
        shownCard = e;
        Snapshot now = lab.getSnapshot();
        Snapshot.HeapBlock block = now == null || e.address() == 0 ? null : now.blockAt(e.address());
        card = new PopOver(new ErrorCard(e, selection, block, history));
        // a pop-over is a window of its own: it gets the window's stylesheets (theme tokens, lab.css)
        card.getRoot().getStylesheets().setAll(stage.getScene().getStylesheets());
        card.setTitle("Memory error");
        card.setHeaderAlwaysVisible(true);
        card.setDetachable(true);
        card.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        card.setAutoHide(false);
        var bounds = editor.localToScreen(editor.getBoundsInLocal());
        // below the code, so the faulting line stays visible
        if (bounds != null) card.show(editor, bounds.getMinX() + bounds.getWidth() * 0.55, bounds.getMinY() + bounds.getHeight() * 0.55);
        else card.show(editor);
        if (e.address() != 0) selection.select(new Selection.Block(e.address()));
    }

    private void hideCard() {
        if (card != null) card.hide(Duration.ZERO);
        card = null;
    }

    private void notify(String text) {
        notifications.show(text);
        var t = new PauseTransition(Duration.seconds(6));
        t.setOnFinished(e -> notifications.hide());
        t.play();
    }

    private void editSettings() {
        if (SettingsDialog.show(stage, settings)) saveSettings();
    }

    private void saveSettings() {
        try {
            settings.save();
        } catch (IOException e) {
            notify("Could not save the settings: " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ guided scenarios

    /** The settings a run gets: a trace's own, Zig's defaults for a scenario (as its verification), else the learner's. */
    private org.heaplab.session.RunSettings runSettings() {
        if (traceSettings != null) return traceSettings;
        if (activeScenario.get() != null) return org.heaplab.scenario.Walk.settings();
        return settings.runSettings();
    }

    private void setUpScenarios() {
        scenarioProgress = org.heaplab.ui.scenario.ScenarioProgress.load(settings.folder());
        walkVm = new org.heaplab.ui.scenario.WalkthroughViewModel(Platform::runLater, new org.heaplab.ui.scenario.WalkthroughViewModel.Lab() {
            @Override
            public boolean runTo(org.heaplab.scenario.Target t) {
                return scenarioRunTo(t);
            }

            @Override
            public void focus(org.heaplab.scenario.Step.Focus f) {
                focusStep(f);
            }

            @Override
            public String programText() {
                return editor.getText();
            }
        }, scenarioProgress);
        browser = new org.heaplab.ui.scenario.ScenarioBrowser(scenarioProgress, this::openScenario);
        walkPane = new org.heaplab.ui.scenario.WalkthroughPane(walkVm, this::showBrowser, this::resetScenario, this::showSolution);
        walkVm.revisionProperty().addListener((o, a, b) -> browser.refresh());
        scenarioPanel = new javafx.scene.layout.StackPane(browser);
        scenarioPanel.setId("scenario-panel");
        scenarioPanel.setMinWidth(240);
    }

    private void showScenarioPanel(boolean show) {
        boolean shown = mainSplit.getItems().contains(scenarioPanel);
        if (show == shown) return;
        if (!show) {
            mainSplit.getItems().remove(scenarioPanel);
            mainSplit.setDividerPositions(0.42);
            return;
        }
        if (scenarioLibrary == null) {
            try {
                scenarioLibrary = org.heaplab.scenario.ScenarioLibrary.bundled();
            } catch (IOException e) {
                scenarioLibrary = new org.heaplab.scenario.ScenarioLibrary(List.of(), List.of());
                error("Could not read the scenarios", e.getMessage());
            }
            browser.show(scenarioLibrary.scenarios(), scenarioLibrary.problems());
        }
        mainSplit.getItems().addFirst(scenarioPanel);
        mainSplit.setDividerPositions(0.25, 0.6);
    }

    private void showBrowser() {
        if (activeScenario.get() != null && dirty.get()) keepScenarioWork();
        browser.refresh();
        scenarioPanel.getChildren().setAll(browser);
    }

    /** Opens a scenario: its program (or the learner's edited one) in the editor, its walkthrough beside the panes. */
    void openScenario(org.heaplab.scenario.Scenario s) {
        if (activeScenario.get() != s && !confirmDiscard()) return;
        lab.stop();
        traceSettings = null;
        String work = scenarioProgress.savedWork(s.id());
        activeScenario.set(s);
        editor.setText(work != null ? work : s.program());
        editor.breakpoints().clear();
        file.set(null);
        dirty.set(false);
        mode.getSelectionModel().select(s.mode() == Session.Mode.TEST ? 2 : 1);
        scenariosButton.setSelected(true);
        scenarioPanel.getChildren().setAll(walkPane);
        walkVm.open(s);
        if (work != null) notify("Your edited program for this scenario is back in the editor; Reset brings back the original.");
    }

    /** Another program goes into the editor: the scenario's walkthrough ends (its work was kept). */
    private void leaveScenario() {
        if (activeScenario.get() == null) return;
        activeScenario.set(null);
        mode.getSelectionModel().select(0);
        walkVm.close();
        showBrowser();
    }

    /** Keeps the editor's text as the scenario's work; always true (a failure is said, and the text stays in the editor). */
    private boolean keepScenarioWork() {
        var s = activeScenario.get();
        if (s == null) return true;
        try {
            scenarioProgress.keepWork(s.id(), editor.getText());
            dirty.set(false);
        } catch (IOException e) {
            notify("Could not keep your scenario work in " + settings.folder() + ": " + e.getMessage());
        }
        return true;
    }

    private void resetScenario() {
        var s = activeScenario.get();
        if (s == null) return;
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "Its original program comes back and its progress is forgotten; your edits to it are lost.",
                ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText("Start \"" + s.title() + "\" afresh?");
        alert.initOwner(stage);
        if (alert.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
        try {
            scenarioProgress.reset(s.id());
        } catch (IOException e) {
            notify("Could not reset the scenario's progress: " + e.getMessage());
        }
        lab.stop();
        editor.setText(s.program());
        dirty.set(false);
        walkVm.open(s);
        browser.refresh();
    }

    private void showSolution() {
        var s = activeScenario.get();
        if (s == null) return;
        var text = new javafx.scene.control.TextArea(s.solution());
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        text.setPrefSize(640, 420);
        var use = new ButtonType("Put it in the editor", ButtonBar.ButtonData.OTHER);
        var dialog = new javafx.scene.control.Dialog<ButtonType>();
        dialog.setTitle("Solution");
        dialog.setHeaderText("A solution to \"" + s.title() + "\" (your program is kept with the scenario)");
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().addAll(use, ButtonType.CLOSE);
        dialog.initOwner(stage);
        if (dialog.showAndWait().orElse(ButtonType.CLOSE) == use) {
            keepScenarioWork();
            editor.setText(s.solution());
            dirty.set(true);
        }
    }

    /** A scenario's run to: on the run in the window, so every pane shows where it got. */
    private boolean scenarioRunTo(org.heaplab.scenario.Target t) {
        if (lab.phaseProperty().get() == LabViewModel.Phase.RUNNING) return false;
        hideCard(); // the step says what the card said; it would cover the code
        beforeRun();
        String text = editor.getText();
        switch (t) {
            case org.heaplab.scenario.Target.Line l -> lab.runToLine(l.line(), fileName(), text, runMode());
            default -> {
                var bp = t.breakpoint();
                if (bp != null) {
                    var all = new java.util.ArrayList<>(eventBreakpoints);
                    all.add(bp);
                    lab.setEventBreakpoints(all);
                }
                lab.runOrContinue(fileName(), text, runMode());
            }
        }
        return true;
    }

    /** Points at what a step talks about: its line in the editor, its pane outlined for a moment. */
    private void focusStep(org.heaplab.scenario.Step.Focus f) {
        if (f.line() > 0) editor.showLine(f.line());
        if (f.pane() == null) return;
        Node target = switch (f.pane()) {
            case STACK -> stackBox;
            case DEFER -> deferBox;
            case HEAP -> {
                livePanes.getSelectionModel().select(heapTab);
                yield livePanes;
            }
            case ALLOCATORS -> {
                livePanes.getSelectionModel().select(allocTab);
                yield livePanes;
            }
            case CONSOLE -> {
                bottomTabs.getSelectionModel().select(0);
                yield bottomTabs;
            }
            case PROBLEMS -> {
                bottomTabs.getSelectionModel().select(1);
                yield bottomTabs;
            }
            case TIMELINE -> timelinePane;
        };
        if (!target.getStyleClass().contains("scenario-focus")) target.getStyleClass().add("scenario-focus");
        var t = new PauseTransition(Duration.seconds(4));
        t.setOnFinished(e -> target.getStyleClass().remove("scenario-focus"));
        t.play();
    }

    // ------------------------------------------------------------------ files

    /** A new, untitled program (the starter), after asking about unsaved changes. */
    private void newProgram() {
        if (!confirmDiscard()) return;
        lab.stop();
        traceSettings = null;
        leaveScenario();
        editor.setText(STARTER);
        editor.breakpoints().clear();
        file.set(null);
        dirty.set(false);
        clearAutosave();
    }

    private void open() {
        if (!confirmDiscard()) return;
        var chooser = new FileChooser();
        chooser.setTitle("Open a Zig program");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zig source", "*.zig"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Heap Lab trace (heaplab run --trace)", "*.json"));
        var chosen = chooser.showOpenDialog(stage);
        if (chosen != null) openFile(chosen.toPath());
    }

    /** The settings of the trace whose program is in the editor, or null. */
    private org.heaplab.session.RunSettings traceSettings;

    /** Opens a trace: its program into the editor (as a new, unsaved file), run with its settings, paused at its first step. */
    void openTrace(Path p) {
        org.heaplab.session.TraceFile t;
        try {
            if (Files.size(p) > 64L << 20) throw new IOException("it is larger than 64 MiB");
            t = org.heaplab.session.TraceFile.parse(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            error("Could not open " + p.getFileName(), "It could not be read: " + e.getMessage());
            return;
        } catch (org.heaplab.session.TraceFile.Invalid e) {
            error("Could not open " + p.getFileName(), "It is not a trace Heap Lab can replay: " + e.getMessage());
            return;
        }
        lab.stop();
        leaveScenario();
        editor.setText(t.program());
        editor.breakpoints().clear();
        file.set(null);
        dirty.set(true);
        traceSettings = t.settings();
        mode.getSelectionModel().select(t.mode() == Session.Mode.TEST ? 2 : 1);
        notify(String.format("The trace of %s: %,d steps, exit status %d. It runs with the settings it was recorded with; "
                + "use the timeline to go to any step.", t.file(), t.steps(), t.exitCode()));
        Platform.runLater(() -> step(Debugger.Command.STEP_INTO));
    }

    /** The largest program the editor opens (the lab is for small programs; a huge file would make editing sluggish). */
    static final long MAX_FILE = 2L << 20;

    /** Opens a file into the editor (no unsaved-changes check: callers ask first). */
    void openFile(Path p) {
        if (p.getFileName().toString().endsWith(".json")) {
            openTrace(p);
            return;
        }
        traceSettings = null;
        try {
            long size = Files.size(p);
            if (size > MAX_FILE) {
                error("Could not open " + p.getFileName(), String.format("It has %,d bytes; Heap Lab opens programs of up to %,d bytes.", size, MAX_FILE));
                return;
            }
            String text = Files.readString(p, StandardCharsets.UTF_8);
            lab.stop();
            leaveScenario();
            editor.setText(text);
            editor.breakpoints().clear();
            file.set(p);
            dirty.set(false);
            settings.opened(p);
            refreshRecent();
            clearAutosave();
        } catch (java.nio.charset.CharacterCodingException e) {
            error("Could not open " + p.getFileName(), "It is not UTF-8 text (Zig source files are UTF-8).");
        } catch (IOException | RuntimeException e) {
            settings.recentFiles().remove(p.toAbsolutePath().toString());
            refreshRecent();
            error("Could not open " + p.getFileName(), e.getMessage());
        }
    }

    private void refreshRecent() {
        recent.getItems().clear();
        for (String f : settings.recentFiles()) {
            var item = new MenuItem(f);
            item.setOnAction(e -> {
                if (confirmDiscard()) openFile(Path.of(f));
            });
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private boolean save() {
        return file.get() == null ? saveAs() : writeTo(file.get());
    }

    private boolean saveAs() {
        var chooser = new FileChooser();
        chooser.setTitle("Save the program");
        chooser.setInitialFileName(fileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zig source", "*.zig"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Heap Lab trace (heaplab run --trace)", "*.json"));
        var chosen = chooser.showSaveDialog(stage);
        return chosen != null && writeTo(chosen.toPath());
    }

    private boolean writeTo(Path target) {
        try {
            Files.writeString(target, editor.getText(), StandardCharsets.UTF_8);
            file.set(target);
            dirty.set(false);
            settings.opened(target);
            refreshRecent();
            clearAutosave();
            return true;
        } catch (IOException | RuntimeException e) {
            error("Could not save " + target.getFileName(), e.getMessage());
            return false;
        }
    }

    private Path autosaveText() { return settings.folder().resolve("autosave.zig"); }

    private Path autosaveInfo() { return settings.folder().resolve("autosave.path"); }

    /** Writes unsaved work every few seconds, so a crash or a forced quit loses nothing. */
    private void autosave() {
        if (!dirty.get()) return;
        if (activeScenario.get() != null) {
            keepScenarioWork();
            return;
        }
        try {
            Files.createDirectories(settings.folder());
            Files.writeString(autosaveText(), editor.getText(), StandardCharsets.UTF_8);
            Files.writeString(autosaveInfo(), file.get() == null ? "" : file.get().toAbsolutePath().toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            notify("Could not autosave to " + settings.folder() + ": " + e.getMessage());
        }
    }

    private void clearAutosave() {
        try {
            Files.deleteIfExists(autosaveText());
            Files.deleteIfExists(autosaveInfo());
        } catch (IOException e) {
            // nothing to restore next time is the worst outcome
        }
    }

    private void restoreAutosave() {
        try {
            if (!Files.isRegularFile(autosaveText())) return;
            String text = Files.readString(autosaveText(), StandardCharsets.UTF_8);
            String path = Files.isRegularFile(autosaveInfo()) ? Files.readString(autosaveInfo(), StandardCharsets.UTF_8).strip() : "";
            editor.setText(text);
            if (!path.isEmpty()) file.set(Path.of(path));
            dirty.set(true);
            notify("Restored the unsaved work of the last session" + (path.isEmpty() ? "." : " on " + Path.of(path).getFileName() + "."));
        } catch (IOException | RuntimeException e) {
            notify("Could not restore the autosaved work: " + e.getMessage());
        }
    }

    /** A file was given to open: the last session's unsaved work is kept under another name, and the learner told where. */
    private void keepAutosaveAside() {
        try {
            if (!Files.isRegularFile(autosaveText())) return;
            Path kept = settings.folder().resolve("unsaved-" + System.currentTimeMillis() + ".zig");
            Files.move(autosaveText(), kept);
            Files.deleteIfExists(autosaveInfo());
            notify("The unsaved work of the last session is in " + kept + ".");
        } catch (IOException e) {
            notify("Could not keep the autosaved work aside: " + e.getMessage());
        }
    }

    /** Whether unsaved changes may be dropped: asks to save them first. */
    private boolean confirmDiscard() {
        if (!dirty.get()) return true;
        // a scenario's program is kept with the scenario's progress, not in a file of the learner's
        if (activeScenario.get() != null) return keepScenarioWork();
        var saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        var discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "The program has changes that are not saved.", saveButton, discard, ButtonType.CANCEL);
        alert.setHeaderText("Save the changes first?");
        alert.initOwner(stage);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return false;
        if (answer.get() == saveButton) return save();
        clearAutosave();
        return true;
    }

    private void error(String header, String detail) {
        var alert = new Alert(Alert.AlertType.ERROR, detail == null ? "" : detail);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.show();
    }

    // ------------------------------------------------------------------ for tests

    EditorPane editor() { return editor; }

    Selection selection() { return selection; }

    LabViewModel lab() { return lab; }

    org.heaplab.session.RunSettings currentRunSettings() { return settings.runSettings(); }

    org.heaplab.ui.scenario.WalkthroughViewModel walkthrough() { return walkVm; }

    org.heaplab.ui.scenario.ScenarioBrowser scenarioBrowser() { return browser; }
}
