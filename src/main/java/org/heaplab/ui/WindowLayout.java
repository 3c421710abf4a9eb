package org.heaplab.ui;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.heaplab.scenario.Step;
import org.heaplab.trace.Snapshot;
import org.heaplab.ui.alloc.AllocatorsPane;
import org.heaplab.ui.alloc.AllocatorsViewModel;
import org.heaplab.ui.breakpoints.BreakpointsPane;
import org.heaplab.ui.common.History;
import org.heaplab.ui.common.Selection;
import org.heaplab.ui.common.Styles;
import org.heaplab.ui.console.ConsolePane;
import org.heaplab.ui.console.ConsoleViewModel;
import org.heaplab.ui.defer.DeferPane;
import org.heaplab.ui.defer.DeferViewModel;
import org.heaplab.ui.diagram.DiagramPane;
import org.heaplab.ui.diagram.DiagramViewModel;
import org.heaplab.ui.faults.FaultControl;
import org.heaplab.ui.faults.FaultViews;
import org.heaplab.ui.heap.HeapPane;
import org.heaplab.ui.heap.HeapViewModel;
import org.heaplab.ui.history.HistoryActions;
import org.heaplab.ui.history.HistoryPane;
import org.heaplab.ui.history.HistoryViewModel;
import org.heaplab.ui.diff.DiffPane;
import org.heaplab.ui.diff.DiffViewModel;
import org.heaplab.ui.problems.ProblemsPane;
import org.heaplab.ui.problems.ProblemsViewModel;
import org.heaplab.ui.stack.CallStackPane;
import org.heaplab.ui.stack.StackViewModel;
import org.heaplab.ui.timeline.TimelinePane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The panes and where they sit: the editor over the timeline, Console, Problems and
 * Breakpoints under it, Stack, Defer queue and the Heap and Allocators tabs beside it, the status
 * bar; and what the panes show: every view model re-derives from one snapshot, the live panes
 * follow the selection, a scenario step's pane is brought forward, a hovered name shows its local.
 */
final class WindowLayout {
    /** Where the editor, the memory picture and the tabs beside it meet, as shares of the window's width. */
    static final double[] DIVIDERS = {0.33, 0.69};

    final StackViewModel stackVm = new StackViewModel();
    final HeapViewModel heapVm = new HeapViewModel();
    final DeferViewModel deferVm = new DeferViewModel();
    final AllocatorsViewModel allocVm = new AllocatorsViewModel();
    final ConsoleViewModel consoleVm = new ConsoleViewModel();
    final ProblemsViewModel problemsVm = new ProblemsViewModel();
    final DiagramViewModel diagramVm = new DiagramViewModel();
    final TimelinePane timelinePane;
    DiffViewModel diffVm;
    final FaultViews faultViews;
    private final AppContext ctx;
    private TabPane livePanes;
    private Tab heapTab;
    private Tab allocTab;
    private Tab stackTab;
    private Tab deferTab;
    private Tab diffTab;
    private Tab sweepTab;
    private Tab compareTab;
    private Tab historyTab;
    private HistoryViewModel historyVm;
    private DiagramPane diagramPane;
    private TabPane bottomTabs;
    private SplitPane mainSplit;
    /** Stack, Heap, Allocators and Defers follow the steps while they are shown, and catch up when shown. */
    private final ShownTabs shownTabs = new ShownTabs();

    WindowLayout(AppContext ctx) {
        this.ctx = ctx;
        this.timelinePane = new TimelinePane(ctx.tasks);
        this.faultViews = new FaultViews(ctx.tasks::ui);
    }

    /** Builds the panes and lays them out under the window's notification pane. */
    void build(Consumer<Snapshot.MemoryError> openCard, History history, LongConsumer seek) {
        var selection = ctx.selection;
        // the Heap pane answers a selected block or pointer from its view: bring that to the window's step first
        selection.currentProperty().addListener((o, a, t) -> {
            if (heapTab != null && (t instanceof Selection.Block || t instanceof Selection.Local)) shownTabs.refresh(heapTab);
        });
        var stackPane = new CallStackPane(stackVm, selection);
        var consolePane = new ConsolePane(consoleVm, selection);
        var problemsPane = new ProblemsPane(problemsVm, selection, openCard);
        problemsPane.setOnLesson(id -> ctx.openLesson.accept(id));

        diagramPane = new DiagramPane(diagramVm, selection,
                javafx.beans.binding.Bindings.createBooleanBinding(() -> ctx.settings.theme.get() == org.heaplab.ui.settings.Settings.Theme.DARK,
                        ctx.settings.theme));
        ctx.lab.compilationProperty().addListener((o, a, c) -> diagramVm.reset());
        // Heap, Allocators and Defers are built the first time they are shown (shownTabs, below)
        heapTab = tab("Heap", "mdi2m-memory", null);
        allocTab = tab("Allocators", "mdi2f-file-tree", null);
        stackTab = tab("Stack", "mdi2l-layers-outline", stackPane);
        deferTab = tab("Defers", "mdi2u-undo-variant", null);
        diffVm = DiffReplays.viewModel(ctx);
        var questions = history(stackPane);
        // the views beside the picture, their tabs standing along the window's edge: as many as there are, none cut off
        livePanes = new TabPane(stackTab, heapTab, allocTab, deferTab, diffTab = tab("Diff", "mdi2s-swap-horizontal", new DiffPane(diffVm)),
                sweepTab = tab("Sweep", "mdi2f-flash-alert-outline", null), compareTab = tab("Compare", "mdi2s-scale-balance", null), historyTab);
        livePanes.setSide(javafx.geometry.Side.RIGHT);
        shownTabs.add(stackTab, stackVm::show);
        shownTabs.add(heapTab, () -> {
            var heapPane = new HeapPane(heapVm, selection);
            heapPane.setHistory(history);
            heapPane.setWriteQuestions(questions);
            return heapPane;
        }, heapVm::show);
        shownTabs.add(allocTab, () -> new AllocatorsPane(allocVm, selection), allocVm::show);
        shownTabs.add(deferTab, () -> new DeferPane(deferVm, selection), deferVm::show);
        shownTabs.add(sweepTab, faultViews::sweepPane, s -> { });
        shownTabs.add(compareTab, faultViews::comparePane, s -> { });
        livePanes.setId("live-panes");
        var right = livePanes;

        var breakpointsPane = new BreakpointsPane(ctx.editor.breakpoints(), ctx.eventBreakpoints);
        breakpointsPane.showWatchpoints(questions.watchpoints(), () -> ctx.lab.reverseContinue());
        var bottom = new TabPane(tab("Console", "mdi2c-console", consolePane), tab("Problems", "mdi2a-alert-circle-outline", problemsPane),
                tab("Breakpoints", "mdi2r-record-circle-outline", new BorderPane(breakpointsPane, null, null, FaultControl.row(ctx.faults, "bp-"), null)));
        bottom.setId("bottom-tabs");
        bottomTabs = bottom;
        timelinePane.connect(ctx.lab::timeline, seek);
        timelinePane.setOnRange((a, b) -> {
            livePanes.getSelectionModel().select(diffTab);
            diffVm.between(a, b);
        });
        var editorAndTimeline = new BorderPane(ctx.editor, null, null, timelinePane, null);
        var left = new SplitPane(editorAndTimeline, bottom);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.68);
        var main = new SplitPane(left, diagramPane, right);
        main.setDividerPositions(DIVIDERS);
        mainSplit = main;
        ctx.notifications.setContent(main);
    }

    /** The tabs' views and whether each shows the window's step (for tests). */
    ShownTabs shownTabs() { return shownTabs; }

    /** The History tab and the questions every pane asks it (where written, where from, watchpoints, a block's life). */
    private HistoryActions history(CallStackPane stackPane) {
        historyVm = new HistoryViewModel(ctx.tasks.lane("history"), ctx.lab::history, new HistoryViewModel.Travel() {
            @Override
            public void goToWrite(org.heaplab.session.Write w) { ctx.lab.goToWrite(w); }

            @Override
            public void seekAfter(long step, String reason) { ctx.lab.seekAfter(step, reason); }
        });
        java.util.function.LongSupplier step = () -> ctx.lab.getSnapshot() == null ? 0 : ctx.lab.getSnapshot().step();
        historyTab = tab("History", "mdi2h-history", new HistoryPane(historyVm, step));
        var questions = new HistoryActions(historyVm, step, () -> livePanes.getSelectionModel().select(historyTab));
        stackPane.setWriteQuestions(questions);
        diagramPane.setWriteQuestions(questions);
        questions.watchpoints().addListener((javafx.collections.ListChangeListener<org.heaplab.session.Watchpoint>) c ->
                ctx.lab.setWatchpoints(questions.watchpoints()));
        ctx.lab.compilationProperty().addListener((o, a, c) -> historyVm.clear());
        return questions;
    }

    /** The History tab's answers. */
    HistoryViewModel historyVm() { return historyVm; }

    /** The memory diagram. */
    DiagramPane diagramPane() { return diagramPane; }

    /** The editor and the panes, side by side (a scenario panel joins them on the left). */
    SplitPane mainSplit() { return mainSplit; }

    /** The status bar: the run's state, the live blocks and the step. */
    StatusBar statusBar() {
        var lab = ctx.lab;
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
        var loop = new Label();
        loop.setId("loop-iteration");
        loop.textProperty().bind(Bindings.createStringBinding(() -> {
            Snapshot s = lab.getSnapshot();
            var it = s == null || s.state() != Snapshot.RunState.PAUSED ? null : s.source().innermostLoop();
            return it == null ? "" : "line " + it.line() + ": " + it.text();
        }, lab.snapshotProperty()));
        status.getRightItems().addAll(loop, new Separator(Orientation.VERTICAL), live, new Separator(Orientation.VERTICAL), steps);
        return status;
    }

    /** One snapshot, shown by every pane. */
    void show(Snapshot s) {
        timelinePane.showStep(s == null ? 0 : s.step());
        diagramVm.show(s);
        shownTabs.show(s);
        consoleVm.show(s);
        problemsVm.show(s);
        diffVm.show(s);
    }

    /** What the learner selected, followed: a line in the editor, a block in the Heap tab (and the line that allocated it). */
    void follow(Selection.Target t) {
        var lab = ctx.lab;
        switch (t) {
            case Selection.Line l when l.position() != null && l.position().file().equals(ctx.fileName()) ->
                    ctx.editor.goTo(l.position().line(), l.position().column());
            case Selection.Block b -> {
                livePanes.getSelectionModel().select(heapTab);
                Snapshot s = lab.getSnapshot();
                Snapshot.HeapBlock block = s == null ? null : s.blockAt(b.address());
                if (block != null && block.allocSite() != null && block.allocSite().file().equals(ctx.fileName())) {
                    ctx.editor.showLine(block.allocSite().line());
                }
            }
            case Selection.Local l when l.pointsTo() != 0 && lab.getSnapshot() != null && lab.getSnapshot().blockAt(l.pointsTo()) != null ->
                    livePanes.getSelectionModel().select(heapTab);
            case null, default -> { }
        }
    }

    /** The node a scenario step points at, its tab selected. */
    Node bringForward(Step.Pane pane) {
        return switch (pane) {
            case STACK -> {
                livePanes.getSelectionModel().select(stackTab);
                yield livePanes;
            }
            case DEFER -> {
                livePanes.getSelectionModel().select(deferTab);
                yield livePanes;
            }
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
            case DIAGRAM -> diagramPane;
        };
    }

    /** Hovering a name while paused: the innermost frame's local of that name, its type, address, size and value. */
    Node localDetails(String name) {
        Snapshot s = ctx.lab.getSnapshot();
        if (s == null || s.state() != Snapshot.RunState.PAUSED || s.top() == null) return null;
        for (Snapshot.Local l : s.top().locals()) {
            if (!l.name().equals(name)) continue;
            var names = org.heaplab.trace.ProgramNames.of(s);
            var title = new Label(l.name() + ": " + names.strip(l.type()));
            title.getStyleClass().add(Styles.PANE_TITLE);
            var where = new Label(String.format("at 0x%x, %d bytes, in %s", l.address(), l.size(), names.strip(s.top().function())));
            var value = new Label(names.strip(l.value()));
            value.setWrapText(true);
            value.setMaxWidth(480);
            var box = new VBox(4, title, where, value);
            box.setId("hover-details");
            box.setPadding(new Insets(8));
            return box;
        }
        return null;
    }

    private static Tab tab(String title, String icon, Node content) {
        var t = new Tab(title, content);
        t.setClosable(false);
        t.setGraphic(new FontIcon(icon));
        t.setId(title.toLowerCase(Locale.ROOT).replace(' ', '-') + "-tab");
        return t;
    }
}
