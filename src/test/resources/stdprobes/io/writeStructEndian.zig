const std = @import("std");

pub fn main() !void {
    var buf: [32]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    const P = extern struct { a: u16, b: u32 };
    try w.writeStructEndian(P{ .a = 0x0102, .b = 0x03040506 }, .big);
    try w.writeStructEndian(P{ .a = 0x0102, .b = 0x03040506 }, .little);
    std.debug.print("bytes: {any}\n", .{fbs.getWritten()});
}
