const std = @import("std");

pub fn main() !void {
    var buf: [32]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try w.writeInt(u16, 0x1234, .little);
    try w.writeInt(u16, 0x1234, .big);
    try w.writeInt(i32, -2, .little);
    try w.writeInt(u8, 7, .big);
    std.debug.print("bytes: {any}\n", .{fbs.getWritten()});
}
