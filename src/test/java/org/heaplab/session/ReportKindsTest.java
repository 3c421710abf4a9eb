package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.heaplab.runtime.Runner;
import org.heaplab.scenario.Scenario;
import org.heaplab.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/**
 * The registry of reports: every diagnostic and panic Heap Lab can produce has a kind, every kind
 * an explanation (what, why, fix) and a link to a scenario that exists. The compile errors and
 * panics are listed from the sources that produce them, so a new message without a kind fails here.
 */
class ReportKindsTest {
    private static final Path MAIN = Path.of("src/main/java/org/heaplab");

    @Test
    void everyKindIsExplainedAndLinksToAScenarioThatExists() throws IOException {
        Set<String> scenarios = new TreeSet<>();
        for (Scenario s : ScenarioLibrary.bundled().scenarios()) scenarios.add(s.id());
        Set<String> ids = new TreeSet<>();
        for (ReportKind k : ReportKind.values()) {
            assertThat(ids.add(k.id())).as("id %s is used once", k.id()).isTrue();
            assertThat(k.id()).matches("[a-z][a-z-]*");
            assertThat(k.what()).as("%s: what happened", k).isNotBlank();
            assertThat(k.why()).as("%s: why Zig stops there", k).isNotBlank();
            assertThat(k.fix()).as("%s: how to fix it", k).isNotBlank();
            assertThat(scenarios).as("%s links to scenario %s", k, k.lesson()).contains(k.lesson());
            assertThat(ReportKind.byId(k.id())).isSameAs(k);
        }
    }

    /** The first string literal of every message the checker, parser and lexer report. */
    static List<String> compileMessages() throws IOException {
        Pattern call = Pattern.compile("(?:\\berror|\\bexpected|Diagnostic\\.error)\\(([^;]*)");
        // std.fmt's checks: new Problem("fmt.zig:L:C", "message")
        Pattern problem = Pattern.compile("new Problem\\(\"[^\"]*\", \"((?:[^\"\\\\]|\\\\.)*)\"");
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        List<String> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(MAIN.resolve("lang"))) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                Matcher p = problem.matcher(line);
                while (p.find()) out.add(p.group(1));
                Matcher m = call.matcher(line);
                while (m.find()) {
                    Matcher l = literal.matcher(m.group(1));
                    if (l.find() && l.group(1).length() > 2) out.add(l.group(1));
                }
            }
        }
        return out;
    }

    @Test
    void everyCompileErrorMessageBelongsToAFamily() throws IOException {
        List<String> messages = compileMessages();
        assertThat(messages).hasSizeGreaterThan(200);
        Set<String> orphans = new TreeSet<>();
        for (String m : messages) if (ReportKinds.ofCompileMessage(m.replace("\\'", "'")) == null) orphans.add(m);
        assertThat(orphans).as("compile errors with no kind (add a row to CompileErrorFamilies)").isEmpty();
    }

    @Test
    void theCompileErrorsTheCorpusRecordedFromZigBelongToAFamily() throws IOException {
        Pattern error = Pattern.compile("^\\S+:\\d+:\\d+: error: (.*)$", Pattern.MULTILINE);
        Set<String> orphans = new TreeSet<>();
        int seen = 0;
        for (String dir : List.of("cases", "conformance", "learner")) {
            try (Stream<Path> s = Files.walk(Path.of("src/test/resources", dir))) {
                for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith("expected.txt") || p.toString().endsWith(".out")).toList()) {
                    Matcher m = error.matcher(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8));
                    while (m.find()) {
                        seen++;
                        if (ReportKinds.ofCompileMessage(m.group(1)) == null && !userCompileError(p, m.group(1))) orphans.add(m.group(1));
                    }
                }
            }
        }
        assertThat(seen).isGreaterThan(50);
        assertThat(orphans).isEmpty();
    }

    /** A message of the program's own @compileError: its text is the program's. */
    private static boolean userCompileError(Path expected, String message) throws IOException {
        try (Stream<Path> s = Files.list(expected.getParent())) {
            for (Path z : s.filter(p -> p.toString().endsWith(".zig")).toList()) {
                if (new String(Files.readAllBytes(z), java.nio.charset.StandardCharsets.UTF_8).contains("@compileError(")) return true;
            }
        }
        return false;
    }

    /** Every panic message the runtime can raise, from its sources. */
    static List<String> panicMessages() throws IOException {
        Pattern panic = Pattern.compile("new ZigPanic\\(\"([^\"]+)\"");
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(MAIN.resolve("runtime"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = panic.matcher(Files.readString(f));
                while (m.find()) out.add(m.group(1));
            }
        }
        return out;
    }

    @Test
    void everySafetyPanicHasItsOwnKind() throws IOException {
        List<String> messages = panicMessages();
        assertThat(messages).hasSizeGreaterThan(15);
        for (String m : messages) {
            assertThat(ReportKinds.ofPanic(m)).as("panic \"%s\" is a safety check with a kind", m).isNotEqualTo(ReportKind.EXPLICIT_PANIC);
        }
        // the kinds issue 19 names
        Map<String, ReportKind> named = Map.of("integer overflow", ReportKind.INTEGER_OVERFLOW,
                "index out of bounds: index 3, len 3", ReportKind.INDEX_OUT_OF_BOUNDS, "attempt to use null value", ReportKind.NULL_UNWRAP,
                "reached unreachable code", ReportKind.UNREACHABLE, "integer cast truncated bits", ReportKind.CAST_TRUNCATED,
                "division by zero", ReportKind.DIVISION_BY_ZERO, "Invalid free", ReportKind.INVALID_FREE, "my own message", ReportKind.EXPLICIT_PANIC);
        named.forEach((m, k) -> assertThat(ReportKinds.ofPanic(m)).as(m).isEqualTo(k));
    }

    @Test
    void everyWayARunEndsIsAKindOrAnOrdinaryEnd() {
        for (Runner.Ending e : Runner.Ending.values()) {
            ReportKind k = ReportKinds.ofEnding(new Runner.Result(e, 1, e == Runner.Ending.PANIC ? "integer overflow" : "OutOfMemory", 0, null));
            if (e == Runner.Ending.RETURNED || e == Runner.Ending.EXIT) assertThat(k).isNull();
            else assertThat(k).as("%s", e).isNotNull();
        }
    }
}
