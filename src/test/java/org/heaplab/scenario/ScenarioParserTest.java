package org.heaplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioParserTest {
    static final String PROGRAM = """
            const std = @import("std");

            pub fn main() !void {
                var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                defer _ = gpa.deinit();
                const allocator = gpa.allocator();
                const x = try allocator.alloc(u8, 8);
                std.debug.print("{d}\\n", .{x.len});
            }
            """;
    static final String SOLUTION = PROGRAM.replace("alloc(u8, 8);", "alloc(u8, 8);\n    defer allocator.free(x);");

    static final String GOOD = """
            # a comment
            title: A test scenario
            topic: Tests
            idea: One idea,
              on two lines.
            program: main.zig
            solution: solution.zig

            narrate: Some text
              that goes on.
              pane: heap
              line: 7

            run to line 8

            predict: How many bytes?
              - 4
              * 8
                bytes
              explain: Eight.
            expect: live bytes 8

            run to end
            expect: leak at line 7
            expect: output contains "8\\n"

            task: Fix it.
              check: leaks 0
              hint: defer.
            """;

    static Scenario parse(String text) throws ScenarioException {
        return parse("01-test", text, Map.of("main.zig", PROGRAM, "solution.zig", SOLUTION));
    }

    static Scenario parse(String id, String text, Map<String, String> files) throws ScenarioException {
        return ScenarioParser.parse(id, "scenarios/" + id + "/scenario.txt", text, files::get);
    }

    static ScenarioException error(String text) {
        return assertThrows(ScenarioException.class, () -> parse(text));
    }

    @Test
    void readsEveryKindOfStep() throws Exception {
        Scenario s = parse(GOOD);
        assertEquals("A test scenario", s.title());
        assertEquals("One idea, on two lines.", s.idea());
        assertEquals(8, s.steps().size());
        var n = assertInstanceOf(Step.Narrate.class, s.steps().get(0));
        assertEquals("Some text that goes on.", n.text());
        assertEquals(new Step.Focus(Step.Pane.HEAP, 7), n.focus());
        assertEquals(new Target.Line(8), assertInstanceOf(Step.RunTo.class, s.steps().get(1)).target());
        var p = assertInstanceOf(Step.Predict.class, s.steps().get(2));
        assertEquals(List.of("4", "8 bytes"), p.choices());
        assertEquals(1, p.correct());
        assertEquals("Eight.", p.explanation());
        assertEquals("8\n", ((Check.Output) ((Step.Expect) s.steps().get(6)).check()).text());
        var t = assertInstanceOf(Step.Task.class, s.steps().get(7));
        assertEquals("defer.", t.hint());
        assertEquals(1, t.checks().size());
    }

    @Test
    void aFailHeaderMakesEveryRunFailThatAllocation() throws Exception {
        String failing = GOOD.replace("solution: solution.zig\n", "solution: solution.zig\nfail: allocation 1\n");
        Scenario s = parse(failing);
        assertEquals(1, s.failAllocation());
        assertEquals(0, parse(GOOD).failAllocation());
        // the only allocation fails: main returns error.OutOfMemory, and nothing is allocated to leak
        var end = Walk.toEnd(s, PROGRAM);
        assertTrue(end.snapshot().output().contains("error: OutOfMemory"), end.snapshot().output());
        assertEquals(8, error(GOOD.replace("solution: solution.zig\n", "solution: solution.zig\nfail: allocation 0\n")).line());
        assertTrue(error(GOOD.replace("solution: solution.zig\n", "solution: solution.zig\nfail: the third\n")).problem()
                .startsWith("`fail:` is `allocation N`"));
    }

    @Test
    void theScenarioVerifies() throws Exception {
        assertEquals(List.of(), Verifier.verify(parse(GOOD)));
    }

    @Test
    void aFalseClaimFailsVerification() throws Exception {
        List<String> problems = Verifier.verify(parse(GOOD.replace("expect: live bytes 8", "expect: live bytes 9")));
        assertEquals(List.of("01-test/scenario.txt:21: expected 9 live bytes, but the run has 8"), problems);
    }

    @Test
    void aTaskThatHoldsAlreadyOrFailsWithTheSolutionFailsVerification() throws Exception {
        List<String> already = Verifier.verify(parse(GOOD.replace("check: leaks 0", "check: output contains \"8\"")));
        assertEquals(List.of("01-test/scenario.txt:27: every check of this task already holds for the starting program: there is nothing to fix"),
                already);
        List<String> unsolved = Verifier.verify(parse(GOOD.replace("check: leaks 0", "check: leaks 0\n  check: exit code 3")));
        assertEquals(List.of("01-test/scenario.txt:27: with the solution, expected the exit status is 3, but it is 0"), unsolved);
    }

    @Test
    void aRunToThatIsNeverReachedFailsVerification() throws Exception {
        List<String> problems = Verifier.verify(parse(GOOD.replace("run to line 8", "run to allocation 2")));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("01-test/scenario.txt:14: run to allocation number 2: the run ended"), problems.get(0));
    }

    @Test
    void errorsNameTheFileTheLineAndTheProblem() {
        var e = error(GOOD.replace("run to line 8", "run to line 80"));
        assertEquals("scenarios/01-test/scenario.txt:14: line 80 is not a line of the program (it has 9)", e.getMessage());
        e = error(GOOD.replace("expect: live bytes 8", "expect: live kilobytes 8"));
        assertEquals(21, e.line());
        assertTrue(e.problem().startsWith("`live kilobytes 8` is not a check"), e.problem());
        e = error(GOOD.replace("  * 8", "  - 8"));
        assertEquals(16, e.line());
        assertEquals("no choice is marked right: start the right one with `* `", e.problem());
        e = error(GOOD.replace("run to end\n", "run to the moon\n"));
        assertEquals(23, e.line());
        e = error(GOOD.replace("title: A test scenario\n", ""));
        assertEquals("scenarios/01-test/scenario.txt: the header has no `title:`", e.getMessage());
        e = error(GOOD.replace("narrate: Some text", "narate: Some text"));
        assertEquals(9, e.line());
        e = error(GOOD.replace("expect: live bytes 8\n", "predict: again?\n  - a\n  * b\n  explain: c\n"));
        assertEquals("this question's answer is never shown: put an `expect:` after it, before the next question", e.problem());
        assertEquals(16, e.line());
        e = error(GOOD.replace("check: leaks 0", "hint: only"));
        assertEquals("a task needs at least one `check:` that says when it is done", e.problem());
        e = error(GOOD.replace("  line: 7", "\tline: 7"));
        assertEquals("a tab: indent with spaces", e.problem());
        e = error(GOOD.replace("expect: output contains \"8\\n\"", "expect: output equals 8"));
        assertTrue(e.problem().startsWith("expected a text in double quotes"), e.problem());
    }

    @Test
    void aScenarioCanOnlyNamePlainFilesOfItsOwnFolder() {
        for (String bad : List.of("../main.zig", "/etc/passwd.zig", "sub/main.zig", "main.txt", "~/x.zig")) {
            var e = error(GOOD.replace("program: main.zig", "program: " + bad));
            assertEquals(6, e.line());
            assertTrue(e.problem().contains("is not a plain .zig file name"), e.problem());
        }
        var e = error(GOOD.replace("solution: solution.zig", "solution: other.zig"));
        assertEquals("there is no other.zig in the scenario's folder", e.problem());
        e = assertThrows(ScenarioException.class, () -> parse("bad_name", GOOD, Map.of()));
        assertTrue(e.problem().contains("is not named NN-slug"), e.problem());
    }

    @Test
    void checksReadTheirForms() {
        assertEquals(new Check.Fault(org.heaplab.trace.Snapshot.ErrorKind.DOUBLE_FREE, 12), Check.parse("double-free at line 12"));
        assertEquals(new Check.Fault(org.heaplab.trace.Snapshot.ErrorKind.LEAK, 0), Check.parse("leak"));
        assertEquals(new Check.LiveBlocks(new Check.Amount(Check.Amount.Cmp.AT_LEAST, 2)), Check.parse("live blocks at least 2"));
        assertEquals(new Check.Allocator("PageAllocator", Check.Allocator.Field.RESERVED_BYTES, new Check.Amount(Check.Amount.Cmp.EXACTLY, 4096)),
                Check.parse("allocator PageAllocator reserved bytes 4096"));
        assertEquals(new Check.Local("x", false, "a\"b\n"), Check.parse("local x shows \"a\\\"b\\n\""));
        assertThrows(IllegalArgumentException.class, () -> Check.parse("output contains \"\\q\""));
        assertThrows(IllegalArgumentException.class, () -> Check.parse("double-free near line 3"));
    }
}
