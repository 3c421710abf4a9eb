const std = @import("std");

pub fn main() !void {
    var buf: [32]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try w.writeBytesNTimes("ab", 3);
    try w.writeBytesNTimes("zz", 0);
    try w.writeBytesNTimes("", 5);
    std.debug.print("text: {s}\n", .{fbs.getWritten()});
}
