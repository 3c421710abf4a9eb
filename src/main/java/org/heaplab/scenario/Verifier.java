package org.heaplab.scenario;

import java.util.ArrayList;
import java.util.List;
import org.heaplab.trace.Snapshot;

/**
 * Checks that a scenario says true things: walked over its starting program, every
 * {@code run to} gets to its target and every {@code expect} holds; every task's checks fail
 * for the starting program (there is something to fix) and hold for the solution.
 */
public final class Verifier {
    private Verifier() {}

    /** What is wrong with a scenario, one line each ("scenario.txt:12: ..."); empty when nothing is. */
    public static List<String> verify(Scenario s) throws InterruptedException {
        var problems = new ArrayList<String>();
        String file = s.id() + "/" + ScenarioParser.FILE;
        Observed start = null, solved = null; // how the two programs end, run once for all the tasks
        try (var walk = new Walk(s, s.program())) {
            for (Step step : s.steps()) {
                switch (step) {
                    case Step.RunTo r -> {
                        Snapshot at = walk.runTo(r.target());
                        if (!r.target().reachedBy(at)) {
                            problems.add(file + ":" + r.line() + ": run to " + r.target().describe() + ": the run " + where(at));
                            return problems;
                        }
                    }
                    case Step.Expect e -> {
                        Check.Verdict v = e.check().evaluate(walk.observed());
                        if (!v.holds()) problems.add(file + ":" + e.line() + ": expected " + v.claim() + ", but " + v.actual());
                    }
                    case Step.Task t -> {
                        if (start == null) {
                            start = Walk.toEnd(s, s.program());
                            solved = Walk.toEnd(s, s.solution());
                        }
                        task(t, start, solved, file, problems);
                    }
                    case Step.Narrate n -> { }
                    case Step.Predict p -> { }
                }
            }
        } catch (IllegalStateException e) {
            problems.add(file + ": " + e.getMessage());
        }
        return problems;
    }

    private static void task(Step.Task t, Observed start, Observed solved, String file, List<String> problems) {
        if (t.checks().stream().allMatch(c -> c.evaluate(start).holds())) {
            problems.add(file + ":" + t.line() + ": every check of this task already holds for the starting program: there is nothing to fix");
        }
        for (Check c : t.checks()) {
            Check.Verdict v = c.evaluate(solved);
            if (!v.holds()) problems.add(file + ":" + t.line() + ": with the solution, expected " + v.claim() + ", but " + v.actual());
        }
    }

    /** Where a run that missed its target stopped, in words. */
    static String where(Snapshot s) {
        return switch (s.state()) {
            case FINISHED -> "ended (" + s.reason() + ") without getting there";
            case PAUSED -> "paused at line " + (s.position() == null ? "?" : s.position().line()) + " (" + s.reason() + ") instead";
            default -> "is " + s.state().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
