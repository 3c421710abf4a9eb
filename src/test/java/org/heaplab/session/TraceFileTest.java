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
import org.heaplab.trace.StopReason;
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

        // how the run ended, typed, and back from the file as it was written
        assertThat(t.ending()).isEqualTo(new StopReason.Finished(StopReason.Ending.EXITED, 0, null));
        assertThat(Files.readString(trace)).contains("\"ending\": {").contains("\"text\": \"exited with status 0\"");

        // the replay's snapshot at a step is the debugger's at that step
        String[] replay = run("replay", trace.toString(), "--at", "65");
        assertThat(replay[0]).isEqualTo("0");
        @SuppressWarnings("unchecked")
        Map<String, Object> snap = (Map<String, Object>) Json.parse(replay[1]);
        assertThat(snap.get("step")).isEqualTo(65L);
        assertThat(snap.get("state")).isEqualTo("paused");
        assertThat((String) snap.get("output")).contains("Double free detected");
        assertThat(snap.get("stoppedOn")).isNotNull();
        assertThat(snap.get("stop")).isEqualTo(Map.of("type", "travel", "what", "jumped to step 65", "text", "jumped to step 65"));
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

    @Test
    void theEndingRoundTripsAndAnOldTraceWithoutItStillOpens() throws Exception {
        String program = "pub fn main() !void {\n    return error.Nope;\n}\n";
        var out = new ByteArrayOutputStream();
        TraceFile.Recorded r = TraceFile.record("main.zig", program, Session.Mode.RUN, RunSettings.defaults(), (fd, b) -> out.writeBytes(b));
        var ending = new StopReason.Finished(StopReason.Ending.ERROR_RETURNED, 1, "Nope");
        assertThat(r.trace().ending()).isEqualTo(ending);
        String json = r.trace().toJson();
        TraceFile back = TraceFile.parse(json);
        assertThat(back.ending()).isEqualTo(ending);
        assertThat(back).isEqualTo(r.trace());

        // a trace written before traces said how the run ended
        @SuppressWarnings("unchecked")
        Map<String, Object> old = (Map<String, Object>) Json.parse(json);
        old.remove("ending");
        TraceFile older = TraceFile.parse(Json.write(old));
        assertThat(older.ending()).isNull();
        assertThat(older.exitCode()).isEqualTo(1);
        assertThat(older.program()).isEqualTo(program);

        // an ending that is not one, or that disagrees with the exit status, is refused with the reason
        old.put("ending", Map.of("type", "paused"));
        assertThatThrownBy(() -> TraceFile.parse(Json.write(old))).isInstanceOf(TraceFile.Invalid.class).hasMessageContaining("\"ending\"");
        old.put("ending", Map.of("type", "finished", "ending", "exited", "exitCode", 0L));
        assertThatThrownBy(() -> TraceFile.parse(Json.write(old))).isInstanceOf(TraceFile.Invalid.class).hasMessageContaining("exit status 0");
        old.put("ending", Map.of("type", "finished", "ending", 7L, "exitCode", 1L));
        assertThatThrownBy(() -> TraceFile.parse(Json.write(old))).isInstanceOf(TraceFile.Invalid.class).hasMessageContaining("\"ending\"");
    }
}
