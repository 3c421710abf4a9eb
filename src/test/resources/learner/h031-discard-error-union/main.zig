const std = @import("std");

fn writeReport(w: anytype, names: []const []const u8) !void {
    for (names, 1..) |n, i| try w.print("{d}. {s}\n", .{ i, n });
}

pub fn main() void {
    var buf: [128]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    _ = writeReport(fbs.writer(), &.{ "ada", "linus" });
    std.debug.print("{s}", .{fbs.getWritten()});
}
