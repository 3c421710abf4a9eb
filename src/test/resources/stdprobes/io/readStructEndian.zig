const std = @import("std");

pub fn main() !void {
    const P = extern struct { a: u16, b: u16 };
    var fbs = std.io.fixedBufferStream(&[_]u8{ 1, 2, 3, 4, 1, 2, 3, 4 });
    const r = fbs.reader();
    const big = try r.readStructEndian(P, .big);
    std.debug.print("big: 0x{x} 0x{x}\n", .{ big.a, big.b });
    const little = try r.readStructEndian(P, .little);
    std.debug.print("little: 0x{x} 0x{x}\n", .{ little.a, little.b });
}
