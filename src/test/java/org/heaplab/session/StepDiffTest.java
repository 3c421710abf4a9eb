package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.heaplab.cli.CliAccess;
import org.heaplab.trace.SnapshotDiff;
import org.heaplab.trace.SnapshotDiff.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happened between two moments: blocks allocated, freed, resized and moved, bytes written,
 * pointers retargeted, leaks born and the allocators' counters, from the model and from
 * {@code heaplab replay TRACE --diff A B}.
 */
public class StepDiffTest {
    @TempDir
    Path dir;

    /** A list that grows past its first block while a loop appends ten squares (line 13). */
    public static final String LIST_PROGRAM = """
            const std = @import("std");

            pub fn main() !void {
                var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                defer _ = gpa.deinit();
                const allocator = gpa.allocator();

                var list = std.ArrayList(u32).init(allocator);
                defer list.deinit();

                var i: u32 = 0;
                while (i < 10) : (i += 1) {
                    try list.append(i * i);
                }
                std.debug.print("{any}\\n", .{list.items});
            }
            """;

    private static SnapshotDiff diff(String program, long a, long b) throws Exception {
        return StepDiff.between("main.zig", program, Session.Mode.RUN, RunSettings.defaults(), a, b, 30_000);
    }

    @Test
    void aGrowingListAllocatesMovesWritesAndRetargetsItsItems() throws Exception {
        long end = Session.run("main.zig", LIST_PROGRAM, Session.Mode.RUN, RunSettings.defaults(), (fd, b) -> { }).result().machine().vm().steps();
        SnapshotDiff d = diff(LIST_PROGRAM, 30, end - 20);
        assertThat(d.count(Kind.ALLOCATED)).isEqualTo(1);
        assertThat(d.count(Kind.MOVED)).isEqualTo(1);
        assertThat(d.count(Kind.FREED)).isZero();
        List<String> lines = d.lines();
        assertThat(lines.get(0)).startsWith("between step 30 and step " + (end - 20) + ": 1 allocated, 1 moved");
        assertThat(lines).anyMatch(l -> l.matches("allocated 0x7f[0-9a-f]+ 32 bytes \\(main\\.zig:13\\)"))
                .anyMatch(l -> l.matches("moved 0x7f[0-9a-f]+ 32 bytes to 0x7f[0-9a-f]+ 80 bytes \\(main\\.zig:13\\)"))
                .anyMatch(l -> l.matches("wrote 40 bytes in 0x7f[0-9a-f]+"))
                .anyMatch(l -> l.matches("pointer `list\\.items` in main now points to 0x7f[0-9a-f]+ \\(was 0x[0-9a-f]+\\)"))
                .anyMatch(l -> l.startsWith("allocator #0 DebugAllocator: live blocks 0 -> 1, live bytes 0 -> 80, allocations 0 -> 2, frees 0 -> 1"));
        // the same range backwards is the same difference
        assertThat(diff(LIST_PROGRAM, end - 20, 30).lines()).isEqualTo(lines);
    }

    @Test
    void aFreeAndALeakBornAreListedWithTheirLines() throws Exception {
        String program = """
                const std = @import("std");

                pub fn main() !void {
                    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                    defer _ = gpa.deinit();
                    const allocator = gpa.allocator();
                    var keep = try allocator.alloc(u8, 16);
                    const gone = try allocator.alloc(u8, 8);
                    allocator.free(gone);
                    keep = try allocator.alloc(u8, 4);
                    allocator.free(keep);
                }
                """;
        SnapshotDiff d = diff(program, 1, 1000);
        assertThat(d.lines()).anyMatch(l -> l.matches("allocated 0x7f[0-9a-f]+ 16 bytes \\(main\\.zig:7\\)"))
                .anyMatch(l -> l.matches("freed 0x7f[0-9a-f]+ 8 bytes \\(main\\.zig:9\\)"))
                .anyMatch(l -> l.matches("freed 0x7f[0-9a-f]+ 4 bytes \\(main\\.zig:11\\)"))
                .anyMatch(l -> l.matches("leak born: 0x7f[0-9a-f]+ 16 bytes \\(main\\.zig:7\\): nothing points to it any more"));
    }

    @Test
    void nothingHappensBetweenAStepAndItself() throws Exception {
        SnapshotDiff d = diff(LIST_PROGRAM, 40, 40);
        assertThat(d.changes()).isEmpty();
        assertThat(d.lines().get(0)).isEqualTo("between step 40 and step 40: no change to the heap");
    }

    private static String[] cli(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = CliAccess.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void replayDiffPrintsALinePerChange() throws Exception {
        Path program = dir.resolve("main.zig");
        Files.writeString(program, LIST_PROGRAM);
        Path trace = dir.resolve("t.json");
        assertThat(cli("run", program.toString(), "--trace", trace.toString())[0]).isEqualTo("0");
        String[] r = cli("replay", trace.toString(), "--diff", "30", "250");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).startsWith("between step 30 and step 250: 1 allocated, 1 moved")
                .containsPattern("\nallocated 0x7f[0-9a-f]+ 32 bytes \\(main\\.zig:13\\)\n")
                .containsPattern("\nmoved 0x7f[0-9a-f]+ 32 bytes to 0x7f[0-9a-f]+ 80 bytes \\(main\\.zig:13\\)\n");
        // the whole run: the list's last block is freed by the deferred deinit (line 9)
        String[] all = cli("replay", trace.toString(), "--diff", "0", "100000");
        assertThat(all[2]).contains("a later step is its end");
        assertThat(all[1]).containsPattern("\nfreed 0x7f[0-9a-f]+ 80 bytes \\(main\\.zig:9\\)\n");
        // --at and --diff do not go together
        assertThat(cli("replay", trace.toString(), "--at", "3", "--diff", "1", "2")[0]).isEqualTo("2");
    }
}
