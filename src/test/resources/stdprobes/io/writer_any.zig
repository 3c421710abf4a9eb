const std = @import("std");

pub fn main() !void {
    var buf: [32]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    const aw: std.io.AnyWriter = w.any();
    try aw.writeAll("via any");
    try aw.print(" {d}", .{9});
    std.debug.print("text: {s}\n", .{fbs.getWritten()});
}
