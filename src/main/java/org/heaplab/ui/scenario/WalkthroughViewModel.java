package org.heaplab.ui.scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.heaplab.scenario.Check;
import org.heaplab.ui.common.TaskRunner;
import org.heaplab.scenario.Observed;
import org.heaplab.scenario.Scenario;
import org.heaplab.scenario.Step;
import org.heaplab.scenario.Target;
import org.heaplab.scenario.Walk;
import org.heaplab.session.Compilation;
import org.heaplab.trace.Snapshot;

/**
 * A scenario taken step by step in the window: narrates, drives the lab's run to each
 * {@code run to} target, asks the questions before the run shows the answer, checks each
 * {@code expect} on the snapshot the panes show, and grades tasks by running the learner's
 * program headless ({@link Walk}). Its state changes on the UI executor only.
 */
public final class WalkthroughViewModel {
    /** What the walkthrough asks of the window. */
    public interface Lab {
        /** Runs the program in the editor (starting it, or going on) to the target; false when the run is busy. */
        boolean runTo(Target target);

        /** Points the learner at a pane and a line. */
        void focus(Step.Focus focus);

        /** The program in the editor now. */
        String programText();

        /** The window's run is of the program before the fix: it stops and the panes forget it while the fix is checked. */
        default void forgetRun() { }
    }

    /** One step as the panel shows it, and how far it has got. */
    public static final class Entry {
        public enum State { SHOWN, RUNNING, REACHED, MISSED, ASKED, ANSWERED, HOLDS, FAILS, OPEN, CHECKING, PASSED, NOT_YET }

        public final Step step;
        public final int index;
        State state;
        String detail = "";
        int chosen = -1;
        List<Check.Verdict> verdicts = List.of();

        Entry(Step step, int index, State state) {
            this.step = step;
            this.index = index;
            this.state = state;
        }

        public State state() { return state; }

        /** What happened: where a run stopped instead, the run's value for a failed expect. */
        public String detail() { return detail; }

        /** The learner's choice in a predict (-1: none yet). */
        public int chosen() { return chosen; }

        /** A task's checks as last graded. */
        public List<Check.Verdict> verdicts() { return verdicts; }
    }

    private final TaskRunner.Lane checks;
    private final Lab lab;
    private final ScenarioProgress progress;
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    /** Bumped whenever the entries change; the pane redraws on it. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final List<Entry> entries = new ArrayList<>();
    private Target awaiting;
    private Observed last = new Observed(null, null);
    private boolean finished;

    public WalkthroughViewModel(Executor ui, Lab lab, ScenarioProgress progress) {
        this(TaskRunner.threads(ui), lab, progress);
    }

    /** Fixes are checked on {@code tasks}' lane, the verdicts handed back to the UI thread. */
    public WalkthroughViewModel(TaskRunner tasks, Lab lab, ScenarioProgress progress) {
        this.checks = tasks.lane("check-fix");
        this.lab = lab;
        this.progress = progress;
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() { return scenario.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public List<Entry> entries() { return List.copyOf(entries); }

    /** Whether every step has been taken. */
    public boolean finished() { return finished; }

    /** Starts a scenario from its first step (the program is already in the editor). */
    public void open(Scenario s) {
        scenario.set(s);
        entries.clear();
        awaiting = null;
        finished = false;
        last = new Observed(null, null);
        enter(0);
    }

    public void close() {
        scenario.set(null);
        entries.clear();
        awaiting = null;
        changed();
    }

    private Entry current() { return entries.isEmpty() ? null : entries.getLast(); }

    /** What the primary button says now, or null when it has nothing to do. */
    public String primaryAction() {
        Entry e = current();
        if (finished) return "Back to the scenarios";
        if (e == null) return null;
        return switch (e.step) {
            case Step.RunTo r -> switch (e.state) {
                case RUNNING -> null;
                case MISSED -> "Go on to " + r.target().describe();
                default -> "Run to " + r.target().describe();
            };
            case Step.Predict p -> e.state == Entry.State.ANSWERED ? "Next" : "Answer";
            case Step.Task t -> switch (e.state) {
                case CHECKING -> null;
                case PASSED -> "Next";
                default -> "Check my fix";
            };
            default -> "Next";
        };
    }

    /** The primary button was pressed: {@code choice} is the selected answer of a predict (-1: none). */
    public void act(int choice) {
        Entry e = current();
        if (e == null || finished) return;
        switch (e.step) {
            case Step.RunTo r -> {
                if (e.state == Entry.State.RUNNING) return;
                e.state = Entry.State.RUNNING;
                e.detail = "";
                awaiting = r.target();
                if (!lab.runTo(r.target())) {
                    awaiting = null;
                    e.state = Entry.State.MISSED;
                    e.detail = "The program is running: pause (F6) or stop it (Shift+F5), then try again.";
                }
                changed();
            }
            case Step.Predict p -> {
                if (e.state == Entry.State.ANSWERED) {
                    enter(e.index + 1);
                } else if (choice >= 0 && choice < p.choices().size()) {
                    e.chosen = choice;
                    e.state = Entry.State.ANSWERED;
                    changed();
                }
            }
            case Step.Task t -> {
                if (e.state == Entry.State.PASSED) enter(e.index + 1);
                else if (e.state != Entry.State.CHECKING) check(e, t);
            }
            default -> enter(e.index + 1);
        }
    }

    /** Goes on past a step that did not work out (a run that stopped elsewhere, a failed expect). */
    public void skip() {
        Entry e = current();
        if (e == null || finished) return;
        awaiting = null;
        enter(e.index + 1);
    }

    /** A stop of the lab's run (paused, or ended), with the program's compilation. */
    public void stopped(Snapshot s, Compilation c) {
        stopped(s, c, null);
    }

    /** A stop, with the run's write history for the checks that ask who wrote bytes. */
    public void stopped(Snapshot s, Compilation c, org.heaplab.session.WriteHistory history) {
        if (s == null || s.state() == Snapshot.RunState.RUNNING) return;
        last = new Observed(s, c, history);
        Target t = awaiting;
        Entry e = current();
        if (t == null || e == null || !(e.step instanceof Step.RunTo)) return;
        if (t.reachedBy(s)) {
            awaiting = null;
            e.state = Entry.State.REACHED;
            e.detail = s.state() == Snapshot.RunState.FINISHED ? s.reason() : "line " + (s.position() == null ? "?" : s.position().line());
            enter(e.index + 1);
        } else if (t instanceof Target.End && s.state() == Snapshot.RunState.PAUSED) {
            lab.runTo(t); // memory errors on the way to the end are passed, as in the verification
        } else {
            awaiting = null;
            e.state = Entry.State.MISSED;
            e.detail = s.state() == Snapshot.RunState.FINISHED ? "The run ended (" + s.reason() + ") before getting there."
                    : "The run paused at line " + (s.position() == null ? "?" : s.position().line()) + " (" + s.reason() + ") first.";
            changed();
        }
    }

    private void enter(int index) {
        Scenario s = scenario.get();
        if (s == null) return;
        while (true) {
            if (index >= s.steps().size()) {
                finished = true;
                try {
                    progress.reach(s.id(), s.steps().size());
                    if (progress.tasksPassed(s.id()).containsAll(taskIndexes(s))) progress.finish(s.id());
                } catch (IOException ignored) {
                    // progress is a convenience; the walkthrough goes on without it
                }
                changed();
                return;
            }
            Step step = s.steps().get(index);
            try {
                progress.reach(s.id(), index);
            } catch (IOException ignored) {
                // as above
            }
            var e = new Entry(step, index, switch (step) {
                case Step.RunTo r -> Entry.State.SHOWN;
                case Step.Predict p -> Entry.State.ASKED;
                case Step.Task t -> Entry.State.OPEN;
                default -> Entry.State.SHOWN;
            });
            entries.add(e);
            lab.focus(step.focus());
            if (step instanceof Step.Expect x) {
                Check.Verdict v = x.check().evaluate(last);
                e.verdicts = List.of(v);
                e.state = v.holds() ? Entry.State.HOLDS : Entry.State.FAILS;
                if (v.holds()) {
                    index++;
                    continue; // the lab confirms what is true and goes on
                }
            }
            changed();
            return;
        }
    }

    private static List<Integer> taskIndexes(Scenario s) {
        var out = new ArrayList<Integer>();
        for (int i = 0; i < s.steps().size(); i++) if (s.steps().get(i) instanceof Step.Task) out.add(i);
        return out;
    }

    private void check(Entry e, Step.Task t) {
        Scenario s = scenario.get();
        String text = lab.programText();
        e.state = Entry.State.CHECKING;
        lab.forgetRun();
        changed();
        try {
            progress.keepWork(s.id(), text);
        } catch (IOException ignored) {
            // the editor still has it
        }
        checks.submit(() -> {
            try {
                Observed o = Walk.toEnd(s, text);
                return new Graded(t.checks().stream().map(c -> c.evaluate(o)).toList(), null);
            } catch (InterruptedException | RuntimeException ex) {
                return new Graded(List.of(), "The check could not run: " + ex.getMessage());
            }
        }, graded -> {
            if (scenario.get() != s || current() != e) return;
            List<Check.Verdict> result = graded.verdicts();
            String why = graded.problem();
            e.verdicts = result;
            boolean passed = why == null && result.stream().allMatch(Check.Verdict::holds);
            e.state = passed ? Entry.State.PASSED : Entry.State.NOT_YET;
            e.detail = why != null ? why : passed ? "Done: every check holds." : "Not yet: the checks marked ✗ do not hold.";
            if (passed) {
                try {
                    progress.passTask(s.id(), e.index);
                } catch (IOException ignored) {
                    // as above
                }
            }
            changed();
        });
    }

    /** A fix's checks as graded, or why they could not run. */
    private record Graded(List<Check.Verdict> verdicts, String problem) {}

    /** Stops checking fixes (the window closes). */
    public void shutdown() {
        checks.shutdown();
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }
}
