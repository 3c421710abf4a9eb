package org.heaplab.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.heaplab.runtime.code.FnCode;
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
                "_ = std.process.getCwdAlloc;", "'std.process.getCwdAlloc'");
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
        // popOrNull is in the recording Zig's std but not in 0.14.0's, where pop returns an optional: Zig's error
        assertThat(lacking.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("no field or member function named 'popOrNull' in 'array_list.ArrayListAligned(u8,null)'");
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

    @Test
    void statementsShareTheListOfLocalsInViewUntilItChanges() {
        // each statement listed every local in view afresh: 5,000 locals in one function took 10 s to compile
        Compilation c = compile("""
                const std = @import("std");
                pub fn main() void {
                    var a: u32 = 1;
                    a += 1;
                    a += 2;
                    var b: u32 = 3;
                    for ([_]u32{ 4, 5 }) |x| {
                        b += x;
                        b += a;
                    }
                    std.debug.print("{} {}\\n", .{ a, b });
                }
                """);
        assertThat(c.diagnostics()).isEmpty();
        FnCode main = c.image().function(c.image().program().main());
        List<FnCode.Statement> user = main.statements().stream().filter(s -> s.span().file().name().equals("main.zig")).toList();
        Map<Integer, String> byLine = new java.util.TreeMap<>();
        for (FnCode.Statement s : user) {
            byLine.putIfAbsent(s.span().line(), String.join(",", Arrays.stream(s.visible()).mapToObj(i -> main.locals().get(i).local().name).toList()));
        }
        assertThat(byLine).containsEntry(3, "").containsEntry(4, "a").containsEntry(6, "a").containsEntry(7, "a,b")
                .containsEntry(8, "a,b,x").containsEntry(9, "a,b,x").containsEntry(11, "a,b");
        // no local declared between them: one list, not a copy per statement
        FnCode.Statement four = user.stream().filter(s -> s.span().line() == 4).findFirst().orElseThrow();
        FnCode.Statement five = user.stream().filter(s -> s.span().line() == 5).findFirst().orElseThrow();
        assertThat(five.visible()).isSameAs(four.visible());
    }
}
