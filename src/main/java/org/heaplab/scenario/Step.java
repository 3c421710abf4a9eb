package org.heaplab.scenario;

import java.util.List;

/** One step of a scenario; {@code line} is where it starts in the scenario file. */
public sealed interface Step {
    int line();

    /** What the step points the learner at: a pane, a line of the program (0: none). */
    record Focus(Pane pane, int line) {
        public static final Focus NONE = new Focus(null, 0);
    }

    /** The panes a step can point at. */
    enum Pane {
        STACK, HEAP, DEFER, ALLOCATORS, CONSOLE, PROBLEMS, TIMELINE, DIAGRAM;

        static Pane parse(String s) {
            for (Pane p : values()) if (p.name().equalsIgnoreCase(s)) return p;
            return null;
        }
    }

    Focus focus();

    /** Text shown at this point of the run. */
    record Narrate(int line, String text, Focus focus) implements Step {}

    /** Runs the program (starting it when it has not started) until it gets to {@code target}. */
    record RunTo(int line, Target target) implements Step {
        @Override
        public Focus focus() {
            return target instanceof Target.Line l ? new Focus(null, l.line()) : Focus.NONE;
        }
    }

    /** A question answered before the lab shows what happens; {@code correct} indexes {@code choices}. */
    record Predict(int line, String question, List<String> choices, int correct, String explanation, Focus focus) implements Step {
        public Predict {
            choices = List.copyOf(choices);
        }

        /** Whether it asks why something happens (not only what): the questions that tell learners apart. */
        public boolean asksWhy() {
            return question.regionMatches(true, 0, "why ", 0, 4);
        }
    }

    /** A claim about the run where it is now, checked on its snapshot. */
    record Expect(int line, Check check, Focus focus) implements Step {}

    /** Edit the program until every check holds at the end of its run. */
    record Task(int line, String text, List<Check> checks, String hint, Focus focus) implements Step {
        public Task {
            checks = List.copyOf(checks);
        }
    }
}
