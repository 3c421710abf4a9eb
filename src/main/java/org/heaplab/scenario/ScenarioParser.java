package org.heaplab.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.heaplab.session.Session;

/**
 * Reads a scenario file ({@code scenario.txt}; the format is in {@code scenarios/README.md}).
 * Every problem is reported with the file, the line and what is wrong. A scenario names its
 * programs by plain file names in its own folder: it cannot reach any other file, and it has no
 * way to run anything but the lab on them.
 */
public final class ScenarioParser {
    /** Reads a file of the scenario's folder by its plain name; null when there is none. */
    public interface Folder {
        String read(String name) throws java.io.IOException;
    }

    public static final String FILE = "scenario.txt";
    private static final Pattern ID = Pattern.compile("[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PROGRAM_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*\\.zig");
    private static final List<String> HEADER = List.of("title", "topic", "idea", "program", "solution", "mode", "fail");

    private final String id;
    private final String where;
    private final Folder folder;
    private final Map<String, String> header = new LinkedHashMap<>();
    private final Map<String, Integer> headerLines = new LinkedHashMap<>();
    private final List<Step> steps = new ArrayList<>();
    private int programLines = Integer.MAX_VALUE;
    /** The starting program's text, read when the header names it. */
    private String program;

    // the step being read
    private String kind;
    private int kindLine;
    private StringBuilder text;
    private final List<String> choices = new ArrayList<>();
    private int correct = -1;
    private StringBuilder explanation;
    private StringBuilder hint;
    private final List<Check> checks = new ArrayList<>();
    private Step.Pane pane;
    private int focusLine;
    private Check check;
    /** What an indented line without a prefix continues. */
    private StringBuilder continues;
    private String headerKey;

    private ScenarioParser(String id, String where, Folder folder) {
        this.id = id;
        this.where = where;
        this.folder = folder;
    }

    /**
     * Reads scenario {@code id} (its folder's name) from {@code text}, the content of its
     * scenario file, which error messages call {@code where}.
     */
    public static Scenario parse(String id, String where, String text, Folder folder) throws ScenarioException {
        return new ScenarioParser(id, where, folder).read(text);
    }

    private ScenarioException error(int line, String problem) {
        return new ScenarioException(where, line, problem);
    }

    private Scenario read(String text) throws ScenarioException {
        if (!ID.matcher(id).matches()) {
            throw error(0, "the folder `" + id + "` is not named NN-slug (two digits, a dash, lower-case words joined by dashes)");
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String raw = lines[i].stripTrailing();
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) continue;
            if (raw.contains("\t")) throw error(n, "a tab: indent with spaces");
            boolean indented = raw.charAt(0) == ' ';
            String line = raw.strip();
            try {
                if (indented) detail(n, line);
                else start(n, line);
            } catch (NumberFormatException e) {
                throw error(n, "a number too large: " + e.getMessage().replaceFirst("^For input string: ", ""));
            } catch (IllegalArgumentException e) {
                throw error(n, e.getMessage());
            }
        }
        finishStep();
        return build();
    }

    private void start(int n, String line) throws ScenarioException {
        finishStep();
        headerKey = null;
        continues = null;
        Matcher m = Pattern.compile("([a-z]+):(.*)").matcher(line);
        if (m.matches() && HEADER.contains(m.group(1))) {
            if (!steps.isEmpty() || kind != null) throw error(n, "`" + m.group(1) + ":` belongs to the header, before the first step");
            if (header.containsKey(m.group(1))) throw error(n, "`" + m.group(1) + ":` is given twice (first at line " + headerLines.get(m.group(1)) + ")");
            String value = m.group(2).strip();
            header.put(m.group(1), value);
            headerLines.put(m.group(1), n);
            headerKey = m.group(1);
            if (m.group(1).equals("program")) {
                program = file(n, value);
                programLines = program.split("\n", -1).length - (program.endsWith("\n") ? 1 : 0);
            }
            return;
        }
        kindLine = n;
        text = new StringBuilder();
        choices.clear();
        correct = -1;
        explanation = null;
        hint = null;
        checks.clear();
        pane = null;
        focusLine = 0;
        check = null;
        if (line.startsWith("run to ")) {
            steps.add(new Step.RunTo(n, target(line.substring(7).strip())));
            kind = "run to";
            return;
        }
        if (m.matches()) {
            kind = m.group(1);
            String rest = m.group(2).strip();
            switch (kind) {
                case "narrate", "predict", "task" -> {
                    text.append(rest);
                    continues = text;
                }
                case "expect" -> check = Check.parse(rest);
                default -> throw error(n, "`" + kind + ":` is not a step; the steps are narrate:, run to, predict:, expect: and task:"
                        + (HEADER.contains(kind) ? "" : " (the header's fields: title:, topic:, idea:, program:, solution:, mode:, fail:)"));
            }
            return;
        }
        throw error(n, "expected a header field (title:, topic:, idea:, program:, solution:, mode:, fail:) or a step "
                + "(narrate:, run to, predict:, expect:, task:); indented lines belong to the line above");
    }

    private void detail(int n, String line) throws ScenarioException {
        if (headerKey != null) {
            header.merge(headerKey, line, (a, b) -> a.isEmpty() ? b : a + " " + b);
            return;
        }
        if (kind == null) throw error(n, "an indented line with nothing above it to belong to");
        if (line.startsWith("pane:") && !kind.equals("run to")) {
            String p = line.substring(5).strip();
            pane = Step.Pane.parse(p);
            if (pane == null) throw error(n, "`" + p + "` is not a pane: diagram, stack, heap, defer, allocators, console, problems or timeline");
            return;
        }
        if (line.startsWith("line:") && !kind.equals("run to")) {
            focusLine = programLine(n, line.substring(5).strip());
            return;
        }
        switch (kind) {
            case "predict" -> {
                if (line.startsWith("- ") || line.startsWith("* ")) {
                    if (explanation != null) throw error(n, "the choices come before `explain:`");
                    if (line.startsWith("* ")) {
                        if (correct >= 0) throw error(n, "a second right answer (`*`); a predict has one, the others start with `-`");
                        correct = choices.size();
                    }
                    choices.add(line.substring(2).strip());
                    continues = null;
                    return;
                }
                if (line.startsWith("explain:")) {
                    explanation = new StringBuilder(line.substring(8).strip());
                    continues = explanation;
                    return;
                }
                if (!choices.isEmpty() && explanation == null) {
                    int last = choices.size() - 1;
                    choices.set(last, choices.get(last) + " " + line);
                    return;
                }
            }
            case "task" -> {
                if (line.startsWith("check:")) {
                    checks.add(Check.parse(line.substring(6)));
                    continues = null;
                    return;
                }
                if (line.startsWith("hint:")) {
                    hint = new StringBuilder(line.substring(5).strip());
                    continues = hint;
                    return;
                }
            }
            case "expect" -> throw error(n, "an expect holds one check: write each check on an `expect:` line of its own");
            case "run to" -> throw error(n, "`run to` takes nothing on the lines below it");
            default -> { }
        }
        if (continues == null) throw error(n, "this line continues nothing: give it a prefix (" + prefixes() + ")");
        if (!continues.isEmpty()) continues.append(' ');
        continues.append(line);
    }

    private String prefixes() {
        return switch (kind) {
            case "predict" -> "`- ` or `* ` for a choice, `explain:`, `pane:`, `line:`";
            case "task" -> "`check:`, `hint:`, `pane:`, `line:`";
            default -> "`pane:`, `line:`";
        };
    }

    private void finishStep() throws ScenarioException {
        if (kind == null) return;
        var focus = pane == null && focusLine == 0 ? Step.Focus.NONE : new Step.Focus(pane, focusLine);
        switch (kind) {
            case "narrate" -> {
                if (text.isEmpty()) throw error(kindLine, "a narrate step with no text");
                steps.add(new Step.Narrate(kindLine, text.toString(), focus));
            }
            case "predict" -> {
                if (text.isEmpty()) throw error(kindLine, "a predict step with no question");
                if (choices.size() < 2) throw error(kindLine, "a predict needs at least two choices (lines starting with `- `, the right one with `* `)");
                if (correct < 0) throw error(kindLine, "no choice is marked right: start the right one with `* `");
                if (explanation == null || explanation.isEmpty()) throw error(kindLine, "a predict needs `explain:`, said once the answer is given");
                steps.add(new Step.Predict(kindLine, text.toString(), choices, correct, explanation.toString(), focus));
            }
            case "expect" -> steps.add(new Step.Expect(kindLine, check, focus));
            case "task" -> {
                if (text.isEmpty()) throw error(kindLine, "a task with no text saying what to do");
                if (checks.isEmpty()) throw error(kindLine, "a task needs at least one `check:` that says when it is done");
                steps.add(new Step.Task(kindLine, text.toString(), checks, hint == null ? null : hint.toString(), focus));
            }
            default -> { }
        }
        kind = null;
    }

    private Target target(String s) {
        Matcher m;
        if ((m = Pattern.compile("line ([0-9]+)").matcher(s)).matches()) {
            int line = Integer.parseInt(m.group(1));
            if (line < 1 || line > programLines) throw new IllegalArgumentException("line " + line + " is not a line of the program (it has " + programLines + ")");
            return new Target.Line(line);
        }
        if ((m = Pattern.compile("allocation ([1-9][0-9]*)").matcher(s)).matches()) return new Target.Allocation(Long.parseLong(m.group(1)));
        if ((m = Pattern.compile("allocation of at least ([1-9][0-9]*) bytes").matcher(s)).matches()) {
            return new Target.AllocationOfAtLeast(Long.parseLong(m.group(1)));
        }
        if (s.equals("moving resize")) return new Target.MovingResize();
        if (s.equals("memory error")) return new Target.MemoryError();
        if (s.equals("end")) return new Target.End();
        throw new IllegalArgumentException("`run to " + s + "`: run to line N, allocation N, allocation of at least N bytes, "
                + "moving resize, memory error or end");
    }

    private int programLine(int n, String s) throws ScenarioException {
        if (!s.matches("[0-9]+")) throw error(n, "`" + s + "` is not a line number");
        int line = Integer.parseInt(s);
        if (line < 1 || line > programLines) throw error(n, "line " + line + " is not a line of the program (it has " + programLines + ")");
        return line;
    }

    private String file(int n, String name) throws ScenarioException {
        if (!PROGRAM_NAME.matcher(name).matches()) {
            throw error(n, "`" + name + "` is not a plain .zig file name: a scenario's programs are files of its own folder");
        }
        try {
            String t = folder.read(name);
            if (t == null) throw error(n, "there is no " + name + " in the scenario's folder");
            return t;
        } catch (java.io.IOException e) {
            throw error(n, "cannot read " + name + ": " + e.getMessage());
        }
    }

    private Scenario build() throws ScenarioException {
        for (String k : List.of("title", "topic", "idea", "program", "solution")) {
            if (header.getOrDefault(k, "").isEmpty()) throw error(0, "the header has no `" + k + ":`");
        }
        Session.Mode mode = switch (header.getOrDefault("mode", "run")) {
            case "run" -> Session.Mode.RUN;
            case "test" -> Session.Mode.TEST;
            default -> throw error(headerLines.get("mode"), "`mode:` is run (zig run) or test (zig test)");
        };
        String programName = header.get("program");
        String solution = file(headerLines.get("solution"), header.get("solution"));
        long failAllocation = 0;
        if (header.containsKey("fail")) {
            Matcher m = Pattern.compile("allocation ([1-9][0-9]{0,5})").matcher(header.get("fail").strip());
            if (!m.matches()) throw error(headerLines.get("fail"), "`fail:` is `allocation N`: the Nth allocation reaching the root allocator fails");
            failAllocation = Long.parseLong(m.group(1));
        }
        if (steps.stream().noneMatch(Step.Predict.class::isInstance)) throw error(0, "a scenario asks at least one question (`predict:`)");
        if (steps.stream().noneMatch(Step.Task.class::isInstance)) throw error(0, "a scenario has at least one `task:`");
        boolean ran = false;
        Step.Predict open = null;
        for (Step s : steps) {
            switch (s) {
                case Step.RunTo r -> ran = true;
                case Step.Expect e -> {
                    if (!ran) throw error(e.line(), "an expect looks at the run: put a `run to` before it");
                    open = null;
                }
                case Step.Predict p -> {
                    if (open != null) throw error(open.line(), "this question's answer is never shown: put an `expect:` after it, before the next question");
                    open = p;
                }
                case Step.Task t -> {
                    if (open != null) throw error(open.line(), "this question's answer is never shown: put an `expect:` after it, before the task");
                }
                case Step.Narrate x -> { }
            }
        }
        if (open != null) throw error(open.line(), "this question's answer is never shown: put an `expect:` after it");
        // the programs' names: the run's messages and the editor use the starting program's name
        return new Scenario(id, header.get("title"), header.get("topic"), header.get("idea"), mode, programName, program, solution, steps,
                failAllocation);
    }
}
