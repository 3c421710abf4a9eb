const std = @import("std");

pub fn main() !void {
    var buf: [32]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    const P = extern struct { a: u8, b: u8, c: u16 };
    try w.writeStruct(P{ .a = 1, .b = 2, .c = 0x0304 });
    std.debug.print("bytes: {any}\n", .{fbs.getWritten()});
}
