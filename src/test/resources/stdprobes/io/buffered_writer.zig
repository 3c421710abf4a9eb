const std = @import("std");

pub fn main() !void {
    var out: [32]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&out);
    var bw = std.io.bufferedWriter(fbs.writer());
    const w = bw.writer();
    try w.writeByte('[');
    try w.print("{s}", .{"x"});
    try w.writeByte(']');
    try bw.flush();
    std.debug.print("{s}\n", .{fbs.getWritten()});
}
