const std = @import("std");

pub fn main() !void {
    const P = extern struct { a: u16, b: u16 };
    var fbs = std.io.fixedBufferStream(&[_]u8{ 1, 2, 3, 4, 1, 2, 3, 4 });
    const r = fbs.reader();
    const big = try r.readStructEndian(P, .big);
    std.debug.print("big: {x}h {x}h\n", .{ big.a, big.b });
    const little = try r.readStructEndian(P, .little);
    std.debug.print("little: {x}h {x}h\n", .{ little.a, little.b });
}
