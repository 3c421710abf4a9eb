package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.heaplab.session.DebuggerTest.Recorder;
import org.heaplab.trace.Snapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The debugger over programs a hostile tester writes (endless loops with and without output, a
 * flood of output, memory asked past any limit, endless recursion, a stack array larger than the
 * stack, programs that do not compile): run to the end under small limits, then stepped back,
 * sought to the start and to the end again, each answer comes as a stop, never a dead session.
 */
class HostileDebuggingTest {
    static Stream<String> programs() {
        return Stream.of(
                "pub fn main() void {\n    var i: u64 = 0;\n    while (true) {\n        i +%= 1;\n    }\n}\n",
                "const std = @import(\"std\");\npub fn main() void {\n    var i: u64 = 0;\n    while (true) : (i += 1) {\n        std.debug.print(\"{d}\\n\", .{i});\n    }\n}\n",
                "const std = @import(\"std\");\npub fn main() void {\n    const line = \"x\" ** 1000;\n    for (0..100_000) |_| {\n        std.debug.print(\"{s}\\n\", .{line});\n    }\n}\n",
                "const std = @import(\"std\");\npub fn main() !void {\n    const a = std.heap.page_allocator;\n    const m = try a.alloc(u8, std.math.maxInt(usize));\n    defer a.free(m);\n}\n",
                "const std = @import(\"std\");\npub fn main() !void {\n    var gpa = std.heap.GeneralPurposeAllocator(.{}){};\n    const a = gpa.allocator();\n    while (true) {\n        _ = try a.alloc(u8, 1 << 20);\n    }\n}\n",
                "fn f(n: u64) u64 {\n    return f(n + 1) + 1;\n}\npub fn main() void {\n    _ = f(0);\n}\n",
                "pub fn main() void {\n    var buf: [1 << 30]u8 = undefined;\n    buf[0] = 1;\n    _ = &buf;\n}\n",
                "const std = @import(\"std\");\npub fn main() void {\n    var z: u32 = 0;\n    _ = &z;\n    std.debug.print(\"{d}\\n\", .{10 / z});\n}\n",
                "pub fn main() !u8 {\n    return error.Boom;\n}\n",
                "pub fn main() void {\n    zzz\n}\n",
                "pub fn main(x: u32) void {\n    _ = x;\n}\n",
                "");
    }

    @ParameterizedTest
    @MethodSource("programs")
    void theDebuggerAnswersEveryCommandOverAHostileProgram(String program) throws Exception {
        var r = new Recorder();
        var settings = new RunSettings(1L << 20, 64L << 20, 200_000, 5_000, 1L << 16);
        Debugger d = Debugger.prepare("main.zig", program, Session.Mode.RUN, settings, r);
        try {
            d.start(Debugger.Command.CONTINUE);
            Snapshot end = r.nextStop();
            assertThat(end).isNotNull();
            if (!d.compilation().ok()) return;
            for (Debugger.Command c : new Debugger.Command[] {Debugger.Command.STEP_BACK, Debugger.Command.STEP_BACK, Debugger.Command.STEP_INTO,
                    Debugger.Command.STEP_OVER, Debugger.Command.STEP_OUT}) {
                d.send(c);
                assertThat(r.nextStop()).as(c.toString()).isNotNull();
            }
            d.seek(1);
            assertThat(r.nextStop().step()).isLessThanOrEqualTo(1);
            d.seek(end.step());
            assertThat(r.nextStop()).isNotNull();
            d.send(Debugger.Command.CONTINUE);
            assertThat(r.nextStop()).isNotNull();
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }
}
