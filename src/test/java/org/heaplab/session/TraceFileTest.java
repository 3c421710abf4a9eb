package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.heaplab.cli.CliAccess;
import org.heaplab.trace.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heaplab run --trace} writes a trace that {@code heaplab replay --at} replays to any step. */
class TraceFileTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = CliAccess.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aTracedRunPrintsWhatARunPrintsAndReplaysToAnyStep() throws Exception {
        Path program = Path.of("src/test/resources/conformance/12-double-free-detected/main.zig");
        Path trace = dir.resolve("out.json");
        String[] plain = run("run", program.toString());
        String[] traced = run("run", "--trace", trace.toString(), program.toString());
        assertThat(traced).containsExactly(plain);

        TraceFile t = TraceFile.parse(Files.readString(trace));
        assertThat(t.program()).isEqualTo(Files.readString(program));
        assertThat(t.steps()).isEqualTo(77);
        assertThat(t.outputMatches(plain[2].getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(t.events()).extracting(Timeline.Event::kind).contains(Timeline.Kind.ALLOC, Timeline.Kind.FREE, Timeline.Kind.ERROR);

        // the replay's snapshot at a step is the debugger's at that step
        String[] replay = run("replay", trace.toString(), "--at", "65");
        assertThat(replay[0]).isEqualTo("0");
        @SuppressWarnings("unchecked")
        Map<String, Object> snap = (Map<String, Object>) Json.parse(replay[1]);
        assertThat(snap.get("step")).isEqualTo(65L);
        assertThat(snap.get("state")).isEqualTo("paused");
        assertThat((String) snap.get("output")).contains("Double free detected");
        assertThat(snap.get("stoppedOn")).isNotNull();
        assertThat(snap).containsKeys("frames", "blocks", "defers", "allocators", "errors");
        assertThat(replay[1]).isEqualTo(t.snapshotJsonAt(65, 30_000) + "\n");

        // past the end: the end, with a note
        String[] end = run("replay", trace.toString(), "--at", "1000");
        assertThat(end[2]).contains("has 77 steps");
        assertThat(((Map<?, ?>) Json.parse(end[1])).get("state")).isEqualTo("finished");
    }

    static java.util.stream.Stream<String> cases() throws Exception {
        return SteppingConformanceTest.cases();
    }

    /** Every conformance program: its trace replays to its middle step and to its end, which prints what the traced run printed. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("cases")
    void everyProgramReplaysFromItsTrace(String name) throws Exception {
        Path d = Path.of(name);
        String text = Files.readString(d.resolve("main.zig"));
        Session.Mode mode = SteppingConformanceTest.mode(d);
        var out = new ByteArrayOutputStream();
        TraceFile recorded = TraceFile.record("main.zig", text, mode, RunSettings.defaults(), (fd, b) -> out.writeBytes(b)).trace();
        TraceFile t = TraceFile.parse(recorded.toJson());
        assertThat(t).isEqualTo(recorded);
        if (t.steps() == 0) return; // did not compile
        @SuppressWarnings("unchecked")
        Map<String, Object> middle = (Map<String, Object>) Json.parse(t.snapshotJsonAt(Math.max(1, t.steps() / 2), 60_000));
        assertThat(middle.get("step")).isEqualTo(Math.max(1, t.steps() / 2));
        @SuppressWarnings("unchecked")
        Map<String, Object> end = (Map<String, Object>) Json.parse(t.snapshotJsonAt(t.steps(), 60_000));
        assertThat(end.get("step")).isEqualTo(t.steps());
        String printed = (String) end.get("output");
        assertThat(t.outputMatches(printed.getBytes(StandardCharsets.UTF_8))).as("the replay prints what the run printed").isTrue();
    }

    @Test
    void aFileThatIsNotATraceIsRefusedWithTheReason() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"heaplab-trace\", \"version\": 9}");
        String[] r = run("replay", bad.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("version 9");
        assertThatThrownBy(() -> TraceFile.parse("{\"format\": ")).isInstanceOf(TraceFile.Invalid.class).hasMessageContaining("line 1");
    }
}
