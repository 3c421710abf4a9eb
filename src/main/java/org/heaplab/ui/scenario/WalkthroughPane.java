package org.heaplab.ui.scenario;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.heaplab.scenario.Check;
import org.heaplab.scenario.Scenario;
import org.heaplab.scenario.Step;
import org.kordamp.ikonli.javafx.FontIcon;

/** The walkthrough beside the panes: the scenario's idea, its steps so far, and the button that takes the next one. */
public final class WalkthroughPane extends BorderPane {
    private final WalkthroughViewModel vm;
    private final VBox steps = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(steps);
    private final Label title = new Label();
    private final Label idea = new Label();
    private final Button primary = new Button();
    private final Hyperlink skip = new Hyperlink("Skip this step");
    private ToggleGroup answers;
    private boolean follow;

    /** {@code back}: to the scenario list; {@code reset}: start the scenario afresh; {@code solution}: show the solution. */
    public WalkthroughPane(WalkthroughViewModel vm, Runnable back, Runnable reset, Runnable solution) {
        this.vm = vm;
        getStyleClass().add("walkthrough");
        setId("walkthrough");
        var backLink = new Hyperlink("All scenarios", new FontIcon("mdi2a-arrow-left"));
        backLink.setId("walkthrough-back");
        backLink.setOnAction(e -> back.run());
        var resetLink = new Hyperlink("Reset", new FontIcon("mdi2r-restore"));
        resetLink.setId("walkthrough-reset");
        resetLink.setTooltip(new javafx.scene.control.Tooltip("Start this scenario afresh: its original program, its progress forgotten"));
        resetLink.setOnAction(e -> reset.run());
        var solutionLink = new Hyperlink("Solution", new FontIcon("mdi2l-lightbulb-on-outline"));
        solutionLink.setId("walkthrough-solution");
        solutionLink.setOnAction(e -> solution.run());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var links = new HBox(4, backLink, spacer, solutionLink, resetLink);
        title.getStyleClass().add("walkthrough-title");
        title.setWrapText(true);
        title.setId("walkthrough-title");
        idea.setWrapText(true);
        idea.getStyleClass().add("walkthrough-idea");
        var head = new VBox(4, links, title, idea);
        head.setPadding(new Insets(6, 10, 8, 10));
        head.getStyleClass().add("walkthrough-head");
        setTop(head);

        steps.setPadding(new Insets(10));
        steps.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setId("walkthrough-steps");
        steps.heightProperty().addListener((o, a, b) -> {
            if (follow) scroll.setVvalue(1.0);
        });
        // the learner scrolling takes over until the next step
        scroll.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> follow = false);
        scroll.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> follow = false);
        setCenter(scroll);

        primary.setId("walkthrough-next");
        primary.setDefaultButton(false);
        primary.getStyleClass().add("accent");
        primary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(primary, Priority.ALWAYS);
        primary.setOnAction(e -> {
            if (vm.finished()) back.run();
            else vm.act(answers == null || answers.getSelectedToggle() == null ? -1 : (Integer) answers.getSelectedToggle().getUserData());
        });
        skip.setId("walkthrough-skip");
        skip.setOnAction(e -> vm.skip());
        var bottom = new VBox(4, primary, skip);
        bottom.setPadding(new Insets(8, 10, 10, 10));
        setBottom(bottom);

        vm.revisionProperty().addListener((o, a, b) -> render());
        vm.scenarioProperty().addListener((o, a, b) -> render());
        render();
    }

    private void render() {
        Scenario s = vm.scenarioProperty().get();
        steps.getChildren().clear();
        answers = null;
        if (s == null) return;
        title.setText(s.number() + ". " + s.title());
        idea.setText(s.idea());
        var entries = vm.entries();
        for (var e : entries) steps.getChildren().add(node(e, e == entries.getLast() && !vm.finished()));
        if (vm.finished()) {
            var done = new Label("You have taken every step of this scenario.", new FontIcon("mdi2c-check-decagram"));
            done.getStyleClass().add("walkthrough-done");
            done.setWrapText(true);
            steps.getChildren().add(done);
        }
        String action = vm.primaryAction();
        primary.setText(action == null ? "Running..." : action);
        primary.disableProperty().unbind();
        primary.setDisable(action == null);
        var last = entries.isEmpty() ? null : entries.getLast();
        boolean stuck = last != null && (last.state() == WalkthroughViewModel.Entry.State.MISSED
                || last.state() == WalkthroughViewModel.Entry.State.FAILS || last.state() == WalkthroughViewModel.Entry.State.NOT_YET);
        skip.setVisible(stuck && !vm.finished());
        skip.setManaged(skip.isVisible());
        // a question is answered once a choice is made
        if (answers != null) primary.disableProperty().bind(answers.selectedToggleProperty().isNull());
        follow = true; // the newest step in view, once the list has its new height
        scroll.setVvalue(1.0);
    }

    private Node node(WalkthroughViewModel.Entry e, boolean current) {
        var box = new VBox(6);
        box.getStyleClass().addAll("walkthrough-step", current ? "current" : "past");
        switch (e.step) {
            case Step.Narrate n -> box.getChildren().add(text(n.text()));
            case Step.RunTo r -> {
                String what = switch (e.state()) {
                    case RUNNING -> "Running to " + r.target().describe() + "...";
                    case REACHED -> "Ran to " + r.target().describe() + ".";
                    default -> "Run to " + r.target().describe() + ".";
                };
                var l = new Label(what, new FontIcon(e.state() == WalkthroughViewModel.Entry.State.REACHED ? "mdi2c-check" : "mdi2p-play"));
                l.getStyleClass().add("walkthrough-run");
                box.getChildren().add(l);
                if (!e.detail().isEmpty() && e.state() == WalkthroughViewModel.Entry.State.MISSED) box.getChildren().add(note(e.detail(), "fails"));
            }
            case Step.Predict p -> {
                var q = text(p.question());
                q.getStyleClass().add("walkthrough-question");
                box.getChildren().addAll(new Label("Predict", new FontIcon("mdi2h-help-circle-outline")), q);
                boolean answered = e.state() == WalkthroughViewModel.Entry.State.ANSWERED;
                var group = new ToggleGroup();
                for (int i = 0; i < p.choices().size(); i++) {
                    var rb = new RadioButton(p.choices().get(i));
                    rb.setWrapText(true);
                    rb.setUserData(i);
                    rb.setToggleGroup(group);
                    rb.setId("choice-" + i);
                    if (answered) {
                        rb.setDisable(true);
                        rb.setSelected(i == e.chosen());
                        if (i == p.correct()) rb.getStyleClass().add("right-answer");
                        else if (i == e.chosen()) rb.getStyleClass().add("wrong-answer");
                    }
                    box.getChildren().add(rb);
                }
                if (answered) {
                    boolean right = e.chosen() == p.correct();
                    box.getChildren().add(note((right ? "Right. " : "Not quite. ") + p.explanation(), right ? "holds" : "fails"));
                } else if (current) {
                    answers = group;
                }
            }
            case Step.Expect x -> {
                var v = e.verdicts().isEmpty() ? null : e.verdicts().getFirst();
                if (v != null) box.getChildren().add(verdict(v));
                if (e.state() == WalkthroughViewModel.Entry.State.FAILS) {
                    box.getChildren().add(note("The run differs from what the scenario expects here (was the program edited, or the run "
                            + "moved with the toolbar?). Restart the run, or skip this step.", "fails"));
                }
            }
            case Step.Task t -> {
                box.getChildren().addAll(new Label("Your task", new FontIcon("mdi2p-pencil-outline")), text(t.text()));
                if (e.verdicts().isEmpty()) {
                    for (Check c : t.checks()) box.getChildren().add(new Label("•  " + c.describe()));
                } else {
                    for (Check.Verdict v : e.verdicts()) box.getChildren().add(verdict(v));
                }
                if (e.state() == WalkthroughViewModel.Entry.State.CHECKING) box.getChildren().add(new Label("Running your program..."));
                if (!e.detail().isEmpty()) {
                    box.getChildren().add(note(e.detail(), e.state() == WalkthroughViewModel.Entry.State.PASSED ? "holds" : "fails"));
                }
                if (t.hint() != null && e.state() != WalkthroughViewModel.Entry.State.PASSED) {
                    var hint = new Hyperlink("Show a hint");
                    hint.setId("walkthrough-hint");
                    var hintText = text(t.hint());
                    hintText.setVisible(false);
                    hintText.setManaged(false);
                    hint.setOnAction(ev -> {
                        hintText.setVisible(true);
                        hintText.setManaged(true);
                        hint.setVisible(false);
                        hint.setManaged(false);
                    });
                    box.getChildren().addAll(hint, hintText);
                }
            }
        }
        return box;
    }

    private static Label text(String s) {
        var l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label note(String s, String kind) {
        var l = text(s);
        l.getStyleClass().addAll("walkthrough-note", kind);
        return l;
    }

    private static Label verdict(Check.Verdict v) {
        var l = new Label(v.describe(), new FontIcon(v.holds() ? "mdi2c-check-circle" : "mdi2c-close-circle"));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll("walkthrough-verdict", v.holds() ? "holds" : "fails");
        return l;
    }
}
