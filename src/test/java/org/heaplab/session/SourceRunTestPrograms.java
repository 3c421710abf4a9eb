package org.heaplab.session;

/** Programs the run-on-the-source tests share (the snapshot's and the window's). */
public final class SourceRunTestPrograms {
    private SourceRunTestPrograms() {}

    /** A for over an array and a while, with a print at line 13. */
    public static final String LOOPS = """
            const std = @import("std");

            pub fn main() void {
                const items = [_]u32{ 4, 5, 6, 7, 8 };
                var sum: u32 = 0;
                for (items) |item| {
                    sum += item;
                }
                var i: u32 = 0;
                while (i < 4) : (i += 1) {
                    sum += i;
                }
                std.debug.print("{d}\\n", .{sum});
            }
            """;
}
