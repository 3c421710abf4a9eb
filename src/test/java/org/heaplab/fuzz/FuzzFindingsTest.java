package org.heaplab.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.check.Sema;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.session.Compilation;
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
        int depth = 3000;
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
