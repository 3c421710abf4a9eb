package org.heaplab.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.heaplab.scenario.Scenario;
import org.heaplab.scenario.ScenarioLibrary;
import org.heaplab.scenario.Step;
import org.heaplab.scenario.Target;
import org.heaplab.session.Session;
import org.heaplab.ui.scenario.ScenarioBrowser;
import org.heaplab.ui.scenario.ScenarioProgress;
import org.heaplab.ui.scenario.WalkthroughPane;
import org.heaplab.ui.scenario.WalkthroughViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The guided scenarios in the window: the panel beside the editor (the browser, or a
 * scenario's walkthrough), opening a scenario (its program, or the learner's kept work), leaving
 * it when another program comes in, keeping and resetting its work, its solution, and the two
 * things a walkthrough asks of the window: run to a target, and point at a line or a pane.
 */
final class ScenarioController {
    private final AppContext ctx;
    private final WindowLayout layout;
    private final RunActions run;
    private final MemoryErrorCards cards;
    /** Asks about unsaved changes before the editor's program is replaced. */
    private final BooleanSupplier confirmDiscard;
    private final ToggleButton button = new ToggleButton();
    private final ScenarioProgress progress;
    private final WalkthroughViewModel walkVm;
    private final ScenarioBrowser browser;
    private final WalkthroughPane walkPane;
    private final StackPane panel;
    private ScenarioLibrary library;

    ScenarioController(AppContext ctx, WindowLayout layout, RunActions run, MemoryErrorCards cards, BooleanSupplier confirmDiscard) {
        this.ctx = ctx;
        this.layout = layout;
        this.run = run;
        this.cards = cards;
        this.confirmDiscard = confirmDiscard;
        progress = ScenarioProgress.load(ctx.settings.folder());
        ctx.openLesson = this::openLesson;
        walkVm = new WalkthroughViewModel(ctx.tasks, new WalkthroughViewModel.Lab() {
            @Override
            public boolean runTo(Target t) {
                return runToTarget(t);
            }

            @Override
            public void focus(Step.Focus f) {
                focusStep(f);
            }

            @Override
            public String programText() {
                return ctx.editor.getText();
            }

            @Override
            public void forgetRun() {
                ctx.lab.reset();
                for (Runnable r : ctx.onReplaced) r.run();
            }
        }, progress);
        browser = new ScenarioBrowser(progress, this::open);
        walkPane = new WalkthroughPane(walkVm, this::showBrowser, this::reset, this::showSolution);
        walkVm.revisionProperty().addListener((o, a, b) -> browser.refresh());
        panel = new StackPane(browser);
        panel.setId("scenario-panel");
        panel.setMinWidth(240);

        button.setGraphic(new FontIcon("mdi2s-school-outline"));
        button.setId("scenarios");
        button.setTooltip(new Tooltip("Guided scenarios: lessons on the heap, with questions and tasks (F1)"));
        button.setFocusTraversable(false);
        button.selectedProperty().addListener((o, a, b) -> showPanel(b));

        ctx.lab.phaseProperty().addListener((o, a, p) -> {
            if (p == LabViewModel.Phase.RUNNING) return;
            ctx.lab.setEventBreakpoints(ctx.eventBreakpoints); // a scenario's event breakpoint lasts one run to
            walkVm.stopped(ctx.lab.getSnapshot(), ctx.lab.compilationProperty().get(), ctx.lab.history());
        });
    }

    /** The toolbar's button that shows and hides the scenario panel (F1). */
    ToggleButton button() { return button; }

    WalkthroughViewModel walkthrough() { return walkVm; }

    ScenarioBrowser browser() { return browser; }

    private void showPanel(boolean show) {
        var mainSplit = layout.mainSplit();
        boolean shown = mainSplit.getItems().contains(panel);
        if (show == shown) return;
        if (!show) {
            mainSplit.getItems().remove(panel);
            mainSplit.setDividerPositions(WindowLayout.DIVIDERS);
            return;
        }
        if (library == null) {
            try {
                library = ScenarioLibrary.bundled();
            } catch (IOException e) {
                library = new ScenarioLibrary(List.of(), List.of());
                ctx.error("Could not read the scenarios", e.getMessage());
            }
            browser.show(library.scenarios(), library.problems());
        }
        mainSplit.getItems().addFirst(panel);
        // the walkthrough, the editor, the memory picture and the tabs: the picture keeps the widest share
        mainSplit.setDividerPositions(0.2, 0.46, 0.79);
    }

    private void showBrowser() {
        if (ctx.scenario() != null && ctx.dirty.get()) keepWork();
        browser.refresh();
        panel.getChildren().setAll(browser);
    }

    /** Opens the scenario with this id, the lesson an error card or a problem links to. */
    void openLesson(String id) {
        showPanel(true);
        for (Scenario s : library.scenarios()) {
            if (s.id().equals(id)) {
                open(s);
                return;
            }
        }
        ctx.notify("The scenario " + id + " is not in this Heap Lab.");
    }

    /** Opens a scenario: its program (or the learner's edited one) in the editor, its walkthrough beside the panes. */
    void open(Scenario s) {
        if (ctx.scenario() != s && !confirmDiscard.getAsBoolean()) return;
        String work = progress.savedWork(s.id());
        ctx.replace(new Document.ScenarioWork(s), work != null ? work : s.program(), false);
        ctx.mode.getSelectionModel().select(s.mode() == Session.Mode.TEST ? 2 : 1);
        button.setSelected(true);
        panel.getChildren().setAll(walkPane);
        walkVm.open(s);
        if (work != null) ctx.notify("Your edited program for this scenario is back in the editor; Reset brings back the original.");
    }

    /** Another program goes into the editor: the scenario's walkthrough ends (its work was kept). */
    void leave() {
        if (ctx.scenario() == null) return;
        ctx.document.set(new Document.Untitled());
        ctx.mode.getSelectionModel().select(0);
        walkVm.close();
        showBrowser();
    }

    /** Keeps the editor's text as the scenario's work; always true (a failure is said, and the text stays in the editor). */
    boolean keepWork() {
        var s = ctx.scenario();
        if (s == null) return true;
        try {
            progress.keepWork(s.id(), ctx.editor.getText());
            ctx.dirty.set(false);
        } catch (IOException e) {
            ctx.notify("Could not keep your scenario work in " + ctx.settings.folder() + ": " + e.getMessage());
        }
        return true;
    }

    private void reset() {
        var s = ctx.scenario();
        if (s == null) return;
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "Its original program comes back and its progress is forgotten; your edits to it are lost.",
                ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText("Start \"" + s.title() + "\" afresh?");
        alert.initOwner(ctx.stage);
        if (alert.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
        try {
            progress.reset(s.id());
        } catch (IOException e) {
            ctx.notify("Could not reset the scenario's progress: " + e.getMessage());
        }
        ctx.replace(new Document.ScenarioWork(s), s.program(), false);
        walkVm.open(s);
        browser.refresh();
    }

    private void showSolution() {
        var s = ctx.scenario();
        if (s == null) return;
        var text = new TextArea(s.solution());
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        text.setPrefSize(640, 420);
        var use = new ButtonType("Put it in the editor", ButtonBar.ButtonData.OTHER);
        var dialog = new Dialog<ButtonType>();
        dialog.setTitle("Solution");
        dialog.setHeaderText("A solution to \"" + s.title() + "\" (your program is kept with the scenario)");
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().addAll(use, ButtonType.CLOSE);
        dialog.initOwner(ctx.stage);
        if (dialog.showAndWait().orElse(ButtonType.CLOSE) == use) {
            keepWork();
            ctx.editor.setText(s.solution());
            ctx.dirty.set(true);
        }
    }

    /** A scenario's run to: on the run in the window, so every pane shows where it got. */
    private boolean runToTarget(Target t) {
        var lab = ctx.lab;
        if (lab.phaseProperty().get() == LabViewModel.Phase.RUNNING) return false;
        cards.hide(); // the step says what the card said; it would cover the code
        run.beforeRun();
        String text = ctx.editor.getText();
        switch (t) {
            case Target.Line l -> lab.runToLine(l.line(), ctx.fileName(), text, ctx.runMode());
            default -> {
                var bp = t.breakpoint();
                if (bp != null) {
                    var all = new ArrayList<>(ctx.eventBreakpoints);
                    all.add(bp);
                    lab.setEventBreakpoints(all);
                }
                lab.runOrContinue(ctx.fileName(), text, ctx.runMode());
            }
        }
        return true;
    }

    /** Points at what a step talks about: its line in the editor, its pane outlined for a moment. */
    private void focusStep(Step.Focus f) {
        if (f.line() > 0) ctx.editor.showLine(f.line());
        if (f.pane() == null) return;
        Node target = layout.bringForward(f.pane());
        if (!target.getStyleClass().contains("scenario-focus")) target.getStyleClass().add("scenario-focus");
        var t = new PauseTransition(Duration.seconds(4));
        t.setOnFinished(e -> target.getStyleClass().remove("scenario-focus"));
        t.play();
    }
}
