package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The window's DebugAllocator settings become the defaults of Config fields a program leaves out, and only those. */
class LabDefaultsTest {
    private static final String LEAK_IN_HELPER = """
            const std = @import("std");
            fn leak(a: std.mem.Allocator) !void {
                _ = try a.alloc(u8, 8);
            }
            pub fn main() !void {
                var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                defer _ = gpa.deinit();
                try leak(gpa.allocator());
            }
            """;

    private static String run(String text, RunSettings settings) {
        var out = new ByteArrayOutputStream();
        Session.run("main.zig", text, Session.Mode.RUN, settings, (fd, bytes) -> out.writeBytes(bytes));
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void stackTraceFramesComesFromTheSettingsWhenTheProgramLeavesItOut() {
        String zigs = run(LEAK_IN_HELPER, RunSettings.defaults());
        assertThat(zigs).contains("in leak (main)").contains("in main (main)");
        String one = run(LEAK_IN_HELPER, RunSettings.defaults().withDebugAllocatorDefaults(1, true, false, false, false, -1));
        assertThat(one).contains("in leak (main)").doesNotContain("in main (main)");
        // a program that names the field keeps its value
        String named = run(LEAK_IN_HELPER.replace("(.{})", "(.{ .stack_trace_frames = 6 })"),
                RunSettings.defaults().withDebugAllocatorDefaults(1, true, false, false, false, -1));
        assertThat(named).contains("in main (main)");
    }

    @Test
    void aMemoryLimitFromTheSettingsRefusesLargeRequests() {
        String text = """
                const std = @import("std");
                pub fn main() void {
                    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                    const a = gpa.allocator();
                    const r = a.alloc(u8, 4096);
                    std.debug.print("{s}\\n", .{if (r) |_| "ok" else |e| @errorName(e)});
                }
                """;
        assertThat(run(text, RunSettings.defaults())).isEqualTo("ok\n");
        assertThat(run(text, RunSettings.defaults().withDebugAllocatorDefaults(-1, true, false, false, true, 1000))).isEqualTo("OutOfMemory\n");
    }
}
