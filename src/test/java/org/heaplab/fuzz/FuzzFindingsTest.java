package org.heaplab.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.check.Sema;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Runner;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.session.Compilation;
import org.heaplab.session.Session;
import org.heaplab.source.SourceFile;
import org.junit.jupiter.api.Test;

/** Findings of the program fuzzer, fixed: each input, reduced, with what the lab does now. */
class FuzzFindingsTest {
    private static Compilation compile(String src) {
        return Compilation.compile(new SourceFile("main.zig", src), Sema.Mode.RUN);
    }

    @Test
    void aStatementDeepInBlocksDescribesOnlyTheScopesThatHaveDefers() {
        // each statement listed every open scope for the defer pane: 9,000 nested loops made 81 million records
        int depth = 2000; // under the parser's nesting limit
        String body = "while (true) {".repeat(depth) + "defer std.debug.print(\"d\\n\", .{}); std.debug.print(\"x\\n\", .{});"
                + "break; }".repeat(depth);
        Compilation c = compile("const std = @import(\"std\");\npub fn main() void {\n    " + body + "\n}\n");
        assertThat(c.diagnostics()).isEmpty();
        FnCode main = c.image().function(c.image().program().main());
        int most = main.statements().stream().mapToInt(s -> s.defers().size()).max().orElse(0);
        assertThat(most).isLessThanOrEqualTo(2);
        assertThat(main.statements().stream().anyMatch(s -> s.defers().stream().anyMatch(d -> !d.pending().isEmpty()))).isTrue();
    }

    @Test
    void theOutputLimitReachedByThePanicReportEndsTheRunAtTheLimit() {
        // the runner's own report (the panic message) crossed the output limit: an internal error before
        String src = """
                const std = @import("std");

                test "a panic whose report is past the output limit" {
                    var buf: [200]u8 = undefined;
                    @memset(&buf, 'a');
                    var i: usize = 0;
                    while (i < 300) : (i += 1) std.debug.print("{s}\\n", .{buf[0..100]});
                    std.debug.panic("{s}", .{buf[0..]});
                }
                """;
        for (Sema.Mode mode : Sema.Mode.values()) {
            String program = mode == Sema.Mode.TEST ? src : src.replace("test \"a panic whose report is past the output limit\"", "pub fn main() void");
            var settings = new Machine.Settings(8L << 20, 64L << 20, 0, 0, 30_400, false, 1);
            var out = new java.io.ByteArrayOutputStream();
            Session.Outcome o = Session.run(new SourceFile("main.zig", program), mode, settings, (fd, b) -> out.writeBytes(b));
            assertThat(o.exitCode()).as(mode + ": " + out).isEqualTo(124);
            assertThat(o.result().ending()).isEqualTo(Runner.Ending.LIMIT);
            assertThat(o.limitReached()).contains("printed more than 30400 bytes");
        }
    }

    @Test
    void aFormatWidthPositionOrPrecisionPastUsizeIsZigsOverflowError() {
        for (String spec : List.of("{d:99999999999999999999}", "{d:.99999999999999999999}", "{99999999999999999999}")) {
            Compilation c = compile("const std = @import(\"std\");\npub fn main() void {\n    std.debug.print(\"" + spec + "\\n\", .{1});\n}\n");
            assertThat(c.diagnostics()).extracting(Diagnostic::message).as(spec)
                    .containsExactly("overflow of integer type 'usize' with value '99999999999999999990'");
        }
        // wide but within usize: not an error of the format string (Zig pads, and a run's limits stop a huge pad)
        Compilation wide = compile("const std = @import(\"std\");\npub fn main() void {\n    std.debug.print(\"{d:>4294967296}\\n\", .{1});\n}\n");
        assertThat(wide.diagnostics()).extracting(Diagnostic::message).noneMatch(m -> m.contains("internal error"));
    }
}
