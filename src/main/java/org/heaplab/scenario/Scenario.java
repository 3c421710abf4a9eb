package org.heaplab.scenario;

import java.util.List;
import org.heaplab.session.Session;

/**
 * A guided lesson: a program, the steps the lab walks through on it, and the tasks that ask
 * the learner to change it. Loaded by {@link ScenarioParser} from {@code scenarios/NN-slug/}.
 *
 * @param id          the folder's name, {@code NN-slug}
 * @param title       one line
 * @param topic       the group the browser lists it under
 * @param idea        the idea it teaches, one paragraph
 * @param mode        run {@code main} or the {@code test} blocks
 * @param programName the starting program's file name (as the editor and Zig's messages call it)
 * @param program     the starting program's text
 * @param solution    the text of a program that passes every task
 * @param steps       in the order the walkthrough takes them
 */
public record Scenario(String id, String title, String topic, String idea, Session.Mode mode, String programName, String program,
                       String solution, List<Step> steps, long failAllocation) {
    public Scenario {
        steps = List.copyOf(steps);
    }

    public Scenario(String id, String title, String topic, String idea, Session.Mode mode, String programName, String program, String solution,
                    List<Step> steps) {
        this(id, title, topic, idea, mode, programName, program, solution, steps, 0);
    }

    /** The number in the id ({@code 07} for {@code 07-double-free}). */
    public String number() {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    /** The tasks, in order. */
    public List<Step.Task> tasks() {
        return steps.stream().filter(Step.Task.class::isInstance).map(Step.Task.class::cast).toList();
    }
}
