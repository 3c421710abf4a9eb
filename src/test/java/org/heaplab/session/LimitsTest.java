package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.heaplab.cli.CliAccess;
import org.heaplab.lang.check.Sema;
import org.heaplab.runtime.LimitExceeded;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Runner;
import org.heaplab.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runaway programs are stopped with a message naming the limit and how to raise it; the JVM stays healthy. */
class LimitsTest {
    @TempDir
    Path dir;

    private static final String ENDLESS = """
            pub fn main() void {
                var i: u64 = 0;
                while (true) : (i +%= 1) {}
            }
            """;

    private String[] cli(String program, String... options) throws Exception {
        Path f = dir.resolve("main.zig");
        Files.writeString(f, program);
        var bytes = new ByteArrayOutputStream();
        var ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        String[] args = new String[options.length + 2];
        args[0] = "run";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = f.toString();
        int code = CliAccess.execute(args, ps, ps);
        return new String[] {bytes.toString(StandardCharsets.UTF_8), Integer.toString(code)};
    }

    @Test
    void stepLimitStopsAnEndlessLoop() throws Exception {
        String[] r = cli(ENDLESS, "--max-steps", "1000000");
        assertThat(r[1]).isEqualTo("124");
        assertThat(r[0]).contains("heaplab: stopped the program: it ran more than 1000000 statements")
                .contains("Raise the limit with --max-steps.");
    }

    @Test
    void timeLimitStopsAnEndlessLoop() throws Exception {
        long start = System.nanoTime();
        String[] r = cli(ENDLESS, "--max-seconds", "1");
        assertThat(r[1]).isEqualTo("124");
        assertThat(r[0]).contains("it ran out of time").contains("--max-seconds");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(30);
    }

    @Test
    void memoryLimitStopsAProgramThatUsesTooMuch() throws Exception {
        String[] r = cli("""
                const std = @import("std");
                pub fn main() !void {
                    const pa = std.heap.page_allocator;
                    var total: usize = 0;
                    while (true) {
                        const block = try pa.alloc(u8, 4 << 20);
                        block[0] = 1;
                        total += block.len;
                    }
                }
                """, "--max-memory", "64");
        assertThat(r[1]).isEqualTo("124");
        assertThat(r[0]).contains("it used more than 64 MiB of memory").contains("--max-memory");
    }

    @Test
    void outputLimitStopsAProgramThatPrintsForever() {
        var settings = new Machine.Settings(16 << 20, 64L << 20, 0, 0, 10_000, false, 1);
        var out = new ByteArrayOutputStream();
        Session.Outcome o = Session.run(new SourceFile("main.zig", """
                const std = @import("std");
                pub fn main() void {
                    while (true) std.debug.print("spam ", .{});
                }
                """), Sema.Mode.RUN, settings, (fd, b) -> out.writeBytes(b));
        assertThat(o.result().ending()).isEqualTo(Runner.Ending.LIMIT);
        assertThat(o.result().detail()).contains("printed more than 10000 bytes");
        assertThat(out.size()).isLessThanOrEqualTo(10_000);
    }

    @Test
    void anEndlessLoopCanBeStoppedFromAnotherThread() throws Exception {
        var out = new ByteArrayOutputStream();
        Session.Prepared p = Session.prepare(new SourceFile("main.zig", ENDLESS), Sema.Mode.RUN, Machine.Settings.defaults(),
                (fd, b) -> out.writeBytes(b));
        CompletableFuture<Session.Outcome> running = CompletableFuture.supplyAsync(p::run);
        Thread.sleep(200);
        assertThat(running).isNotDone();
        p.stop();
        Session.Outcome o = running.get(10, TimeUnit.SECONDS);
        assertThat(o.result().ending()).isEqualTo(Runner.Ending.LIMIT);
        assertThat(o.result().detail()).isEqualTo("stopped on request");
        assertThat(LimitExceeded.Limit.STOPPED).isNotNull();
    }

    @Test
    void aHundredGigabyteRequestIsOutOfMemoryAndTheJvmStaysHealthy() throws Exception {
        String[] r = cli(Files.readString(Path.of("src/test/resources/cases/17-hundred-gigabytes/main.zig")));
        assertThat(r[1]).isEqualTo("0");
        assertThat(r[0]).isEqualTo("100 GB: OutOfMemory\npage_allocator: OutOfMemory\n");
        // the JVM is fine afterwards: another program runs normally
        String[] next = cli("""
                const std = @import("std");
                pub fn main() void { std.debug.print("still here\\n", .{}); }
                """);
        assertThat(next[0]).isEqualTo("still here\n");
    }

    @Test
    void deepRecursionIsAStackOverflowLikeZigs() throws Exception {
        String[] r = cli("""
                const std = @import("std");
                fn down(n: u64) u64 {
                    var pad: [4096]u8 = undefined;
                    pad[0] = @truncate(n);
                    return down(n + 1) + pad[0];
                }
                pub fn main() void {
                    std.debug.print("descending\\n", .{});
                    _ = down(0);
                }
                """);
        assertThat(r[1]).isEqualTo("139");
        assertThat(r[0]).isEqualTo("descending\n");
    }

    @Test
    void limitsTheJavaRuntimeCannotHoldAreRefusedWithAMessage() throws Exception {
        long tooMuch = (RunSettings.HOST_MEMORY >> 20) + 1;
        String[] r = cli("pub fn main() void {}\n", "--max-memory", Long.toString(tooMuch));
        assertThat(r[1]).isEqualTo("2");
        assertThat(r[0]).startsWith("heaplab: --max-memory " + tooMuch + " is more than this Java runtime can hold")
                .contains("JAVA_TOOL_OPTIONS=-Xmx");
        String[] stack = cli("pub fn main() void {}\n", "--stack-size", "0");
        assertThat(stack[1]).isEqualTo("2");
        assertThat(stack[0]).startsWith("heaplab: --stack-size must be between 1 and");
    }

    @Test
    void aMemsetOfHundredsOfMegabytesInALoopStopsOnTime() throws Exception {
        String[] r = cli("""
                const std = @import("std");
                pub fn main() !void {
                    const big = try std.heap.page_allocator.alloc(u8, 64 << 20);
                    while (true) @memset(big, 3);
                }
                """, "--max-seconds", "1");
        assertThat(r[1]).isEqualTo("124");
        assertThat(r[0]).contains("it ran out of time");
    }

    @Test
    void bytesSetByANativeCountAgainstTheStepLimit() throws Exception {
        String[] r = cli("""
                const std = @import("std");
                pub fn main() !void {
                    const big = try std.heap.page_allocator.alloc(u8, 16 << 20);
                    @memset(big, 3);
                    std.debug.print("unreached\\n", .{});
                }
                """, "--max-steps", "1000000");
        assertThat(r[1]).isEqualTo("124");
        assertThat(r[0]).contains("it ran more than 1000000 statements").doesNotContain("unreached");
    }

    @Test
    void aHugeFormatWidthStreamsToTheOutputLimit() throws Exception {
        String[] r = cli("""
                const std = @import("std");
                pub fn main() void {
                    std.debug.print("{d:>99999999999}", .{1});
                }
                """, "--max-output", "1", "--max-seconds", "20");
        assertThat(r[1]).isEqualTo("124");
        assertThat(r[0]).contains("it printed more than 1048576 bytes");
    }

    @Test
    void aWidthPastUsizeIsZigsCompileError() throws Exception {
        String[] r = cli("""
                const std = @import("std");
                pub fn main() void {
                    std.debug.print("{d:>99999999999999999999}", .{1});
                }
                """);
        assertThat(r[0]).contains("error: overflow of integer type 'usize' with value '99999999999999999990'");
    }

    @Test
    void aHugeWidthInAllocPrintStopsAtTheFormatLimitNotInJava() throws Exception {
        String[] r = cli("""
                const std = @import("std");
                pub fn main() !void {
                    const s = try std.fmt.allocPrint(std.heap.page_allocator, "{d:>999999999}", .{1});
                    std.debug.print("{d}\\n", .{s.len});
                }
                """, "--max-seconds", "20");
        assertThat(r[1]).isEqualTo("124");
        assertThat(r[0]).contains("it formatted a text of more than 256 MiB");
    }

    @Test
    void aHugeSliceToAHashingNativeFaultsOrStopsWithAMessage() throws Exception {
        String[] r = cli("""
                const std = @import("std");
                pub fn main() void {
                    const p: [*]const u8 = @ptrFromInt(0x7f00_0000_0000);
                    std.debug.print("{d}\\n", .{std.hash.Wyhash.hash(0, p[0 .. 1 << 40])});
                }
                """);
        assertThat(r[0]).startsWith("Segmentation fault at address 0x7f0000000000");
    }

    @Test
    void aMemsetThroughABadPointerFaultsAtTheFirstUnmappedByte() throws Exception {
        String[] r = cli("""
                pub fn main() void {
                    const p: [*]u8 = @ptrFromInt(0x7f00_0000_0000);
                    @memset(p[0 .. 1 << 40], 3);
                }
                """);
        assertThat(r[0]).startsWith("Segmentation fault at address 0x7f0000000000\n");
    }

    @Test
    void aLocalLargerThanTheStackIsAStackOverflow() throws Exception {
        String[] r = cli("""
                pub fn main() void {
                    var buf: [64 << 20]u8 = undefined;
                    buf[0] = 1;
                    _ = &buf;
                }
                """);
        assertThat(r[1]).isEqualTo("139");
        assertThat(r[0]).isEmpty();
    }

    @Test
    void sortingABigArrayStopsOnTime() throws Exception {
        String[] r = cli("""
                const std = @import("std");
                pub fn main() !void {
                    const a = try std.heap.page_allocator.alloc(u32, 4 << 20);
                    for (a, 0..) |*x, i| x.* = @truncate(i *% 2654435761);
                    std.mem.sort(u32, a, {}, std.sort.asc(u32));
                }
                """, "--max-seconds", "1");
        assertThat(r[1]).isEqualTo("124");
        assertThat(r[0]).contains("it ran out of time");
    }

    @Test
    void aScanForASentinelCountsAsWork() throws Exception {
        String[] r = cli("""
                const std = @import("std");
                pub fn main() !void {
                    const a = try std.heap.page_allocator.alloc(u8, 8 << 20);
                    @memset(a, 'x');
                    a[a.len - 1] = 0;
                    const p: [*:0]const u8 = @ptrCast(a.ptr);
                    std.debug.print("{d}\\n", .{std.mem.len(p)});
                    std.debug.print("{s}", .{p});
                }
                """, "--max-steps", "20000000", "--max-output", "1");
        assertThat(r[1]).isEqualTo("124");
    }

    @Test
    void aFormatMethodThatPrintsItselfIsAStackOverflowLikeZigs() throws Exception {
        String[] r = cli("""
                const std = @import("std");
                const P = struct {
                    x: u32,
                    pub fn format(self: P, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
                        _ = fmt;
                        _ = options;
                        try writer.print("P({})", .{self});
                    }
                };
                pub fn main() void {
                    std.debug.print("{}\\n", .{P{ .x = 1 }});
                }
                """);
        assertThat(r[1]).isEqualTo("139");
        assertThat(r[0]).doesNotContain("internal error");
    }
}
