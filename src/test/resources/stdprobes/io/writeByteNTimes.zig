const std = @import("std");

pub fn main() !void {
    var buf: [32]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try w.writeByteNTimes('-', 5);
    try w.writeByteNTimes('x', 0);
    try w.writeByteNTimes('=', 3);
    std.debug.print("text: {s}\n", .{fbs.getWritten()});
    w.writeByteNTimes('!', 100) catch |e| std.debug.print("too many: {s} len {d}\n", .{ @errorName(e), fbs.getWritten().len });
}
