const std = @import("std");

pub fn main() !void {
    var buf: [32]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try w.writeByte('a');
    try w.writeByte(0x41);
    try w.writeByte('\n');
    std.debug.print("bytes: {any}\n", .{fbs.getWritten()});
}
