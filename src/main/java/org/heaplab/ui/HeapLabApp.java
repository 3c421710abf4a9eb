package org.heaplab.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.heaplab.session.RunSettings;
import org.heaplab.trace.EventBreakpoint;
import org.heaplab.ui.common.Selection;
import org.heaplab.ui.common.TaskRunner;
import org.heaplab.ui.editor.EditorPane;
import org.heaplab.ui.scenario.ScenarioBrowser;
import org.heaplab.ui.scenario.WalkthroughViewModel;
import org.heaplab.ui.settings.Settings;

/**
 * The lab's window: the editor beside the live panes (Stack, Defer queue, Heap, Allocators),
 * the Console and Problems under the editor, the run controls in the toolbar and the run state
 * in the status bar. Runs happen on the interpreter's thread; the panes show its snapshots.
 *
 * <p>This class puts the window together and connects its parts: {@link WindowLayout} (the panes
 * and what they show), {@link LabToolbar} (toolbar and keys), {@link RunActions},
 * {@link FileActions} and {@link Autosave}, {@link ScenarioController}, {@link LiveCheck},
 * {@link MemoryErrorCards} and {@link Appearance}, over the state they share ({@link AppContext}).
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

    private AppContext ctx;
    private WindowLayout layout;
    private LiveCheck liveCheck;
    private FileActions files;
    private Autosave autosave;
    private ScenarioController scenarios;

    @Override
    public void start(Stage stage) {
        start(stage, getParameters() == null ? List.of() : getParameters().getUnnamed());
    }

    /** The window, opening {@code args}' first file when there is one (tests and the window benchmark start it so). */
    public void start(Stage stage, List<String> args) {
        var settings = Settings.load(Settings.defaultFolder());
        var tasks = TaskRunner.javafx();
        var lab = new LabViewModel(tasks);
        var editor = new EditorPane(tasks);
        editor.fontSizeProperty().bindBidirectional(settings.fontSize);
        ctx = new AppContext(stage, tasks, settings, lab, editor);

        var cards = new MemoryErrorCards(ctx);
        layout = new WindowLayout(ctx);
        var run = new RunActions(ctx, layout.consoleVm, cards);
        layout.build(cards::open, cards.history(), run::seek);
        scenarios = new ScenarioController(ctx, layout, run, cards, () -> files.confirmDiscard());
        autosave = new Autosave(ctx, scenarios);
        files = new FileActions(ctx, autosave, scenarios, run);
        liveCheck = new LiveCheck(ctx, layout.problemsVm);
        var appearance = new Appearance(ctx);
        var toolbar = new LabToolbar(ctx, files, run, scenarios, appearance);
        layout.faultViews.setHost(new FaultHost(ctx, layout.consoleVm, cards));

        var root = new BorderPane(ctx.notifications, toolbar.build(), null, layout.statusBar(), null);
        var scene = new Scene(root, 1280, 800);
        appearance.install(scene);
        toolbar.installKeys(scene);

        // another program in the editor: nothing of the last one's run stays on screen
        ctx.onReplaced.add(() -> {
            cards.hide();
            cards.forget();
            layout.consoleVm.clear();
            layout.problemsVm.showDiagnostics(List.of());
            editor.diagnosticsProperty().set(List.of());
        });
        lab.snapshotProperty().addListener((o, a, s) -> {
            layout.show(s);
            run.shown(s);
        });
        ctx.eventBreakpoints.addListener((ListChangeListener<EventBreakpoint>) c -> lab.setEventBreakpoints(ctx.eventBreakpoints));
        editor.setHoverDetails(layout::localDetails);
        lab.compilationProperty().addListener((o, a, c) -> {
            liveCheck.showCompilation(c);
            // a breakpoint set before anything compiled, on a line without a statement, goes to the next statement
            if (c != null && c.ok()) {
                editor.setStatementLines(c.statementLines());
                editor.snapBreakpoints();
            }
        });
        ctx.selection.currentProperty().addListener((o, a, t) -> layout.follow(t));
        editor.breakpoints().addListener((SetChangeListener<Integer>) c -> lab.setBreakpoints(editor.breakpoints()));

        editor.area().textProperty().addListener((o, a, b) -> {
            ctx.dirty.set(true);
            liveCheck.schedule();
            run.edited();
        });
        stage.titleProperty().bind(ctx.title());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) e.consume();
        });

        editor.setText(STARTER);
        ctx.dirty.set(false);
        Autosave.KeptAside kept = null;
        if (args.isEmpty()) {
            autosave.restore();
        } else {
            kept = autosave.keepAside();
            files.openFile(Path.of(args.getFirst()));
        }
        autosave.start();
        files.refreshRecent();
        stage.show();
        editor.area().requestFocus();
        if (kept != null) {
            // said once the window is up (a notification before that is never seen), with the way back to it
            var aside = kept;
            ctx.offer(aside.message(), "Open it", () -> {
                if (files.confirmDiscard()) autosave.reopen(aside);
            });
        }
    }

    @Override
    public void stop() {
        if (ctx != null) ctx.lab.shutdown();
        if (layout != null) layout.timelinePane.shutdown();
        if (ctx != null) ctx.editor.shutdown();
        if (liveCheck != null) liveCheck.shutdown();
        if (scenarios != null) scenarios.walkthrough().shutdown();
        if (autosave != null) autosave.stop();
        try {
            if (ctx != null) ctx.settings.save();
        } catch (IOException e) {
            System.err.println("heaplab: could not save settings: " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ for tests

    /** Opens a file into the editor (no unsaved-changes check: callers ask first). */
    void openFile(Path p) { files.openFile(p); }

    /** Opens a scenario: its program (or the learner's edited one) in the editor, its walkthrough beside the panes. */
    void openScenario(org.heaplab.scenario.Scenario s) { scenarios.open(s); }

    /** Hovering a name while paused: the innermost frame's local of that name, or null. */
    Node localDetails(String name) { return layout.localDetails(name); }

    EditorPane editor() { return ctx.editor; }

    org.heaplab.ui.diagram.DiagramPane diagram() { return layout.diagramPane(); }

    Selection selection() { return ctx.selection; }

    LabViewModel lab() { return ctx.lab; }

    RunSettings currentRunSettings() { return ctx.settings.runSettings(); }

    WalkthroughViewModel walkthrough() { return scenarios.walkthrough(); }

    ScenarioBrowser scenarioBrowser() { return scenarios.browser(); }
}
