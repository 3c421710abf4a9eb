package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.heaplab.scenario.Scenario;
import org.heaplab.scenario.ScenarioLibrary;
import org.heaplab.scenario.Step;
import org.heaplab.ui.scenario.ScenarioProgress;
import org.heaplab.ui.scenario.WalkthroughViewModel.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A scenario taken end to end in the real window, as a learner would: opened from the browser,
 * each step taken with the walkthrough's button, every question answered (one wrongly), the
 * task checked with the starting program (not yet) and with a fix (done); the progress is
 * remembered and the browser says so.
 */
@ExtendWith(ApplicationExtension.class)
class ScenarioWalkthroughTest {
    private Stage stage;
    private HeapLabApp app;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("heaplab-home");
        System.setProperty("heaplab.home", home.toString());
        this.stage = stage;
        app = new HeapLabApp();
        app.start(stage);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return HeapLabAppTest.fx(c);
    }

    private String action() throws Exception {
        return fx(() -> app.walkthrough().primaryAction());
    }

    private Entry last() throws Exception {
        return fx(() -> app.walkthrough().entries().getLast());
    }

    @Test
    void walksTheDoubleFreeScenarioToItsEnd(FxRobot robot) throws Exception {
        Scenario s = ScenarioLibrary.bundled().find("07").orElseThrow();
        robot.clickOn("#scenarios");
        HeapLabAppTest.waitUntil(() -> fx(() -> robot.lookup("#scenario-tree").tryQuery().isPresent()));
        // open it from the browser: select its row, press Enter
        var tree = fx(() -> app.scenarioBrowser().lookup("#scenario-tree"));
        robot.interact(() -> {
            var t = (javafx.scene.control.TreeView<?>) tree;
            for (int i = 0; i < t.getExpandedItemCount(); i++) {
                if (t.getTreeItem(i).getValue() instanceof Scenario x && x.id().equals(s.id())) t.getSelectionModel().select(i);
            }
            t.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        HeapLabAppTest.waitUntil(() -> fx(() -> robot.lookup("#walkthrough-title").tryQuery().isPresent()));
        assertThat(fx(() -> robot.lookup("#walkthrough-title").queryAs(Label.class).getText())).isEqualTo("07. " + s.title());
        assertThat(fx(() -> app.editor().getText())).isEqualTo(s.program());
        assertThat(stage.getTitle()).isEqualTo("Scenario 07: main.zig - Heap Lab");

        List<String> took = walk(robot, s, true);
        assertThat(took).anyMatch(x -> x.startsWith("RunTo:Run to the first memory error"));
        // the double free paused the window's run with its card, as a run of the learner's own would
        assertThat(fx(() -> app.editor().getText())).isEqualTo(s.solution());

        // progress is remembered, on disk, and the browser shows it
        var progress = ScenarioProgress.load(home);
        assertThat(progress.done(s.id())).isTrue();
        assertThat(progress.savedWork(s.id())).isEqualTo(s.solution());
        robot.clickOn("#walkthrough-back");
        HeapLabAppTest.waitUntil(() -> fx(() -> robot.lookup("#scenario-tree").tryQuery().isPresent()));
        String summary = fx(() -> app.scenarioBrowser().lookupAll(".label").stream().map(n -> ((Label) n).getText())
                .filter(x -> x != null && x.endsWith(" done")).findFirst().orElse(""));
        assertThat(summary).startsWith("1 of ");
        HeapLabAppTest.Screenshots.take(robot, stage, "scenario-browser.png");
    }

    /** Takes every step of the open scenario with the walkthrough's button; returns what was taken. */
    private List<String> walk(FxRobot robot, Scenario s, boolean screenshots) throws Exception {
        boolean wrongOnce = false;
        boolean taskTriedUnfixed = false;
        List<String> took = new ArrayList<>();
        boolean sawFocus = false;
        for (int guard = 0; guard < 60 && !fx(() -> app.walkthrough().finished()); guard++) {
            Entry e = last();
            String action = action();
            took.add(e.step.getClass().getSimpleName() + ":" + action);
            switch (e.step) {
                case Step.Predict p when e.state() == Entry.State.ASKED -> {
                    int pick = wrongOnce ? p.correct() : (p.correct() + 1) % p.choices().size();
                    RadioButton rb = fx(() -> robot.lookup("#choice-" + pick).queryAllAs(RadioButton.class).stream()
                            .filter(r -> !r.isDisabled()).findFirst().orElseThrow());
                    robot.clickOn(rb);
                    robot.clickOn("#walkthrough-next");
                    HeapLabAppTest.waitUntil(() -> last().state() == Entry.State.ANSWERED);
                    var note = fx(() -> robot.lookup(".walkthrough-note").queryAllAs(Label.class).stream().map(Label::getText).toList());
                    assertThat(note.getLast()).startsWith(wrongOnce ? "Right. " : "Not quite. ").endsWith(p.explanation());
                    if (!wrongOnce && screenshots) HeapLabAppTest.Screenshots.take(robot, stage, "walkthrough-predict.png");
                    wrongOnce = true;
                }
                case Step.Task t -> {
                    if (!taskTriedUnfixed) {
                        robot.clickOn("#walkthrough-next");
                        HeapLabAppTest.waitUntil(() -> last().state() == Entry.State.NOT_YET);
                        assertThat(last().verdicts()).anyMatch(v -> !v.holds());
                        taskTriedUnfixed = true;
                        // the fix: main's second free goes
                        robot.interact(() -> app.editor().area().replaceText(s.solution()));
                        robot.clickOn("#walkthrough-next");
                        HeapLabAppTest.waitUntil(() -> last().state() == Entry.State.PASSED);
                        assertThat(last().verdicts()).allMatch(org.heaplab.scenario.Check.Verdict::holds);
                        if (screenshots) HeapLabAppTest.Screenshots.take(robot, stage, "walkthrough-task.png");
                    }
                    robot.clickOn("#walkthrough-next");
                }
                case Step.RunTo r -> {
                    robot.clickOn("#walkthrough-next");
                    HeapLabAppTest.waitUntil(() -> action() != null && last() != e);
                    // the run went where the step said, and every expect since then held
                    assertThat(e.state()).isEqualTo(Entry.State.REACHED);
                }
                default -> robot.clickOn("#walkthrough-next");
            }
            sawFocus |= fx(() -> !stage.getScene().getRoot().lookupAll(".scenario-focus").isEmpty());
            for (Entry x : fx(() -> app.walkthrough().entries())) {
                assertThat(x.state()).as("step at line %d of the scenario file", x.step.line()).isNotIn(Entry.State.FAILS, Entry.State.MISSED);
            }
        }
        assertThat(fx(() -> app.walkthrough().finished())).as("%s: steps taken: %s", s.id(), took).isTrue();
        assertThat(sawFocus).isTrue();
        return took;
    }

    /** Every scenario can be taken in the window, from its first step to its last, its tasks passed with its solution. */
    @Test
    void everyScenarioCanBeTakenInTheWindow(FxRobot robot) throws Exception {
        robot.clickOn("#scenarios");
        for (Scenario s : ScenarioLibrary.bundled().scenarios()) {
            robot.interact(() -> app.openScenario(s));
            HeapLabAppTest.waitUntil(() -> fx(() -> app.walkthrough().scenarioProperty().get() == s && app.editor().getText().equals(s.program())));
            walk(robot, s, false);
            assertThat(ScenarioProgress.load(home).done(s.id())).as(s.id()).isTrue();
        }
    }

}
