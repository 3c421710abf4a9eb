package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.heaplab.cli.CliAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trace is a file anyone may hand the lab: whatever it holds, reading it gives a trace or
 * {@link TraceFile.Invalid} with the reason, and its settings are refused as {@code heaplab run}
 * refuses the same options, in the same words.
 */
class TraceValidationTest {
    static String trace;

    @TempDir
    Path dir;

    @BeforeAll
    static void record() {
        String program = "const std = @import(\"std\");\npub fn main() !void {\n    const a = std.heap.page_allocator;\n"
                + "    const b = try a.alloc(u8, 10);\n    a.free(b);\n    std.debug.print(\"ok\\n\", .{});\n}\n";
        trace = TraceFile.record("main.zig", program, Session.Mode.RUN, RunSettings.defaults(), (fd, b) -> { }).trace().toJson();
    }

    private static String[] cli(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = CliAccess.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    private static String invalid(String text) {
        try {
            TraceFile.parse(text);
        } catch (TraceFile.Invalid e) {
            return e.getMessage();
        }
        throw new AssertionError("read as a trace: " + text);
    }

    private static String with(String field, String value) {
        String t = trace.replaceFirst("\"" + field + "\": [^,\\n]*", "\"" + field + "\": " + value);
        assertThat(t).as(field).isNotEqualTo(trace);
        return t;
    }

    @Test
    void theRecordedTraceLoads() throws Exception {
        assertThat(TraceFile.parse(trace).events()).isNotEmpty();
    }

    @Test
    void settingsAreRefusedAsTheCommandLineRefusesTheSameOptions() throws Exception {
        String[][] cases = {
            {"memoryBytes", "0", "--max-memory", "0"},
            {"memoryBytes", "-1048576", "--max-memory", "-1"},
            {"stackBytes", "0", "--stack-size", "0"},
            {"stackBytes", "-5", "--stack-size", "-1"},
            {"maxOutputBytes", "0", "--max-output", "0"},
            {"maxOutputBytes", "-1", "--max-output", "-1"},
            {"maxSteps", "-1", "--max-steps", "-1"},
            {"maxMillis", "-1000", "--max-seconds", "-1"},
            {"maxMillis", "9223372036854775807", "--max-seconds", "9223372036854775"},
        };
        Path program = Files.writeString(dir.resolve("main.zig"), "pub fn main() void {}\n");
        for (String[] c : cases) {
            String[] run = cli("run", c[2], c[3], program.toString());
            assertThat(run[0]).as(c[2]).isEqualTo("2");
            String problem = run[2].strip().replaceFirst("^heaplab: ", "");
            assertThat(invalid(with(c[0], c[1]))).as(c[0] + " " + c[1]).isEqualTo("its settings are ones heaplab run refuses: " + problem);
        }
        Path t = Files.writeString(dir.resolve("t.json"), with("memoryBytes", "0"));
        assertThat(cli("replay", t.toString())).containsExactly("2", "",
                "heaplab: " + t + " is not a trace Heap Lab can replay: its settings are ones heaplab run refuses: --max-memory must be at least 16 (MiB)\n");
        assertThat(invalid(with("stackTraceFrames", "100000"))).contains("stackTraceFrames must be between -1");
        assertThat(invalid(with("memoryLimit", "-7"))).contains("memoryLimit must be -1 (none) or more");
    }

    @Test
    void hostileJsonIsRefusedWithTheReason() {
        assertThat(invalid("[".repeat(10_000))).startsWith("not JSON: ").contains("nesting depth");
        assertThat(invalid("{\"a\":".repeat(10_000))).startsWith("not JSON: ").contains("nesting depth");
        assertThat(invalid(with("steps", "1" + "0".repeat(100_000)))).startsWith("not JSON: ").contains("Number value length");
        assertThat(invalid(with("steps", "99999999999999999999"))).contains("out of range");
        assertThat(invalid(with("steps", "1e400"))).contains("out of range");
        assertThat(invalid(with("steps", "-3"))).isEqualTo("\"steps\" must be 0 or more");
        assertThat(invalid(with("steps", "2.5"))).isEqualTo("\"steps\" must be a whole number");
        assertThat(invalid(with("steps", "\"many\""))).isEqualTo("\"steps\" must be a whole number");
        assertThat(invalid(with("outputBytes", "-1"))).isEqualTo("\"outputBytes\" must be 0 or more");
        assertThat(invalid(with("exitCode", "4294967296"))).contains("exitCode");
        assertThat(invalid(with("mode", "[]"))).isEqualTo("\"mode\" must be a string");
        assertThat(invalid(trace.replaceFirst("\"events\"", "\"eventz\""))).isEqualTo("\"events\" must be an array");
        assertThat(invalid(with("eventsTruncated", "1"))).isEqualTo("\"eventsTruncated\" must be true or false");
        assertThat(invalid(with("address", "\"0xzz\""))).contains("address");
        assertThat(invalid(with("address", "\"0x1ffffffffffffffff\""))).contains("address");
        assertThat(invalid(with("length", "-8"))).isEqualTo("\"length\" must be 0 or more");
        assertThat(invalid(with("kind", "\"ALLOCX\""))).contains("unknown kind");
        assertThat(invalid(with("allocator", "-2"))).contains("allocator");
        assertThat(invalid(with("note", "7"))).contains("note");
        assertThat(invalid(with("file", "\"../../etc/passwd\""))).contains("plain file name");
        assertThat(invalid(trace.replaceFirst("\"seed\"", "\"format\""))).contains("not JSON").contains("Duplicate");
        assertThat(invalid(trace + "{}")).contains("after the value");
        assertThat(invalid(trace.substring(0, trace.length() / 2))).startsWith("not JSON: line ");
        assertThat(invalid("")).startsWith("not JSON");
        assertThat(invalid("\u0000\u00ff garbage")).startsWith("not JSON");
        assertThat(invalid("[]")).startsWith("not a Heap Lab trace");
    }

    @Test
    void aTraceThatIsNotUtf8IsRefused() throws Exception {
        Path t = Files.write(dir.resolve("t.json"), new byte[] {'{', (byte) 0xc3, '}'});
        assertThatThrownBy(() -> TraceFile.read(t)).isInstanceOf(TraceFile.Invalid.class).hasMessage("not UTF-8 text");
    }
}
