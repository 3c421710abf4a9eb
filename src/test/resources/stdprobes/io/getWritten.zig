const std = @import("std");

pub fn main() !void {
    var buf: [16]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    std.debug.print("empty: \"{s}\"\n", .{fbs.getWritten()});
    try fbs.writer().print("{d}-{d}", .{ 1, 2 });
    std.debug.print("after print: \"{s}\" len {d}\n", .{ fbs.getWritten(), fbs.getWritten().len });
}
