package org.heaplab.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.check.Sema;
import org.heaplab.session.Compilation;
import org.heaplab.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Inputs a hostile tester types, found by hand rather than by the fuzzer, whose answers Zig's own
 * cannot be recorded for (a link error, a host facility): each gets one clear answer of the lab.
 */
class HostileInputsTest {
    private static Compilation compile(String src) {
        return Compilation.compile(new SourceFile("main.zig", src), Sema.Mode.RUN);
    }

    @Test
    void anExternFunctionIsUnsupportedAndItsParametersAreNotUnused() {
        // its parameters were reported as unused (it has no body to use them in) before the lab's answer
        Compilation c = compile("extern fn puts(s: [*:0]const u8) c_int;\npub fn main() void {\n    _ = puts(\"hi\");\n}\n");
        assertThat(c.diagnostics()).extracting(Diagnostic::message).containsExactly("Heap Lab does not support extern functions");
    }

    @Test
    void aPartOfZigsStdThatTheLabsStdLeavesOutIsSaidToBeUnsupported() {
        // Zig's "has no member named" would tell the learner that std.fs does not exist
        Map<String, String> uses = Map.of(
                "_ = std.fs.cwd();", "'std.fs'",
                "_ = std.os.linux.getpid();", "'std.os'",
                "_ = std.process.argsAlloc;", "'std.process.argsAlloc'");
        uses.forEach((use, what) -> {
            Compilation c = compile("const std = @import(\"std\");\npub fn main() void {\n    " + use + "\n}\n");
            assertThat(c.diagnostics()).extracting(Diagnostic::message).as(use)
                    .containsExactly("Heap Lab does not support " + what + " yet: its std has only part of Zig's");
        });
        // a member Zig's std does not have either is Zig's error, as before
        Compilation missing = compile("const std = @import(\"std\");\npub fn main() void {\n    _ = std.mem.doesNotExist;\n}\n");
        assertThat(missing.diagnostics()).extracting(Diagnostic::message).containsExactly("root source file struct 'mem' has no member named 'doesNotExist'");
        Compilation lacking = compile("""
                const std = @import("std");
                pub fn main() void {
                    var list = std.ArrayList(u8).init(std.heap.page_allocator);
                    defer list.deinit();
                    _ = list.popOrNull();
                }
                """);
        assertThat(lacking.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("Heap Lab does not support 'std.array_list.ArrayListAligned.popOrNull' yet: its std has only part of Zig's");
        Compilation method = compile("""
                const std = @import("std");
                pub fn main() !void {
                    var list = std.ArrayList(u8).init(std.heap.page_allocator);
                    defer list.deinit();
                    try list.appendNTimez('x', 3);
                }
                """);
        assertThat(method.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("no field or member function named 'appendNTimez' in 'array_list.ArrayListAligned(u8,null)'");
    }
}
