package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.heaplab.lang.check.Sema;
import org.heaplab.source.SourceFile;
import org.junit.jupiter.api.Test;

/** Whatever a program asks of the compiler, compiling ends quickly in a result or a clear error. */
class CompileLimitsTest {
    private static String compileErrors(String program) {
        Compilation c = Compilation.compile(new SourceFile("main.zig", program), Sema.Mode.RUN);
        assertThat(c.ok()).isFalse();
        return c.renderAll();
    }

    @Test
    void deepComptimeRecursionIsAnErrorNotACrash() {
        String errors = compileErrors("""
                fn down(n: u64) u64 {
                    if (n == 0) return 0;
                    return 1 + down(n - 1);
                }
                pub fn main() void {
                    @setEvalBranchQuota(100000000);
                    const x = comptime down(1000000);
                    _ = x;
                }
                """);
        assertThat(errors).contains("main.zig:3:20: error: Heap Lab stopped compile-time evaluation here: calls nested more than");
    }

    @Test
    void aHugeComptimeRangeCostsNothingUntilTheQuotaStopsIt() {
        String errors = compileErrors("""
                pub fn main() void {
                    comptime var n: u64 = 0;
                    inline for (0..1 << 40) |_| n += 1;
                    comptime {
                        for (0..1 << 40) |_| n += 1;
                    }
                }
                """);
        assertThat(errors).contains("error: evaluation exceeded 1000 backwards branches");
    }

    private static String nested(String open, String middle, String close, int n) {
        return open.repeat(n) + middle + close.repeat(n);
    }

    @Test
    void twentyThousandNestedIfsAreAnErrorAtTheNestingPoint() {
        String errors = compileErrors("pub fn main() void {\n" + nested("if (true) {\n", "", "}\n", 20_000) + "}\n");
        assertThat(errors).startsWith("main.zig:2500:9: error: Heap Lab cannot compile code nested this deeply (its limit is 2500 levels)");
    }

    @Test
    void everyKindOfDeepNestingIsTheSameError() {
        String[] programs = {
            "pub fn main() void { const x: u32 = " + nested("(", "1", ")", 20_000) + "; _ = x; }",
            "pub fn main() void { " + nested("{", "", "}", 20_000) + " }",
            "pub fn main() void { const x = " + nested(".{", "1", "}", 20_000) + "; _ = x; }",
            "pub fn main() void { const x: " + "[1]".repeat(20_000) + "u8 = undefined; _ = x; }",
            "pub fn main() void { var y: i32 = 1; _ = &y; const x = " + "- ".repeat(20_000) + "y; _ = x; }",
            "pub fn main() void { var a: u64 = 1; _ = &a; const x = a" + " + a".repeat(100_000) + "; _ = x; }",
            "pub fn main() void { var a: ?*?*u8 = null; _ = &a; const x = a" + ".?".repeat(100_000) + "; _ = x; }",
        };
        for (String p : programs) assertThat(compileErrors(p)).contains("error: Heap Lab cannot compile code nested this deeply");
    }

    @Test
    void nestingBelowTheLimitCompiles() {
        var src = new SourceFile("main.zig", "pub fn main() void {\n    var a: u64 = 1;\n    _ = &a;\n"
                + nested("if (a > 0) {\n", "", "}\n", 2_000)
                + "    const x = a" + " + a".repeat(2_000) + ";\n    _ = x;\n"
                + "    const t = " + nested(".{", "1", "}", 2_000) + ";\n    _ = t;\n}\n");
        Compilation c = Compilation.compile(src, Sema.Mode.RUN);
        assertThat(c.renderAll()).isEmpty();
        assertThat(c.ok()).isTrue();
    }

    @Test
    void arraysBuiltWhileCompilingAreBounded() {
        assertThat(compileErrors("const big = \"x\" ** (1 << 32);\npub fn main() void { _ = big.len; }\n"))
                .contains("main.zig:1:17: error: Heap Lab cannot build an array of 4294967296 elements while compiling");
        assertThat(compileErrors("""
                pub fn main() void {
                    comptime var s: []const u8 = "ab";
                    inline for (0..40) |_| s = s ++ s;
                }
                """)).contains("error: Heap Lab cannot build an array of").doesNotContain("internal");
        assertThat(compileErrors("pub fn main() void { const t = .{1} ** 100000; _ = t; }\n"))
                .contains("error: Heap Lab cannot build a tuple of 100000 elements while compiling");
    }
}
