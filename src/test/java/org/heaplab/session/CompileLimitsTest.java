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
}
