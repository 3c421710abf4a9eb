const std = @import("std");
pub fn main() void {
    var a: u8 = 250;
    a +%= 10;
    var b: i8 = -128;
    b -%= 1;
    var c: u8 = 200;
    c +|= 100;
    var d: i16 = -30000;
    d -|= 10000;
    std.debug.print("{d} {d} {d} {d}\n", .{ a, b, c, d });
    const x: u32 = 0b1011;
    std.debug.print("{d} {d} {d} {d} {d}\n", .{ x << 2, x >> 1, x & 6, x | 16, x ^ 1 });
    std.debug.print("{d} {d} {d}\n", .{ @divTrunc(@as(i32, -7), 2), @divFloor(@as(i32, -7), 2), @mod(@as(i32, -7), 3) });
    std.debug.print("{d} {d}\n", .{ @rem(@as(i32, -7), 3), @as(u32, 17) / 5 });
    std.debug.print("{d} {d} {d}\n", .{ @min(3, 9), @max(@as(i8, -3), 2), @as(u8, @truncate(@as(u32, 0x1234))) });
    const big: u64 = 1 << 40;
    std.debug.print("{d} {d}\n", .{ big, @as(u32, @intCast(big >> 20)) });
    std.debug.print("{d} {d}\n", .{ @popCount(@as(u8, 0b1101)), @ctz(@as(u16, 8)) });
    var e: i32 = 5;
    e = -e;
    std.debug.print("{d} {d}\n", .{ e, ~@as(u8, 0b1010) });
    const f = 7.5;
    const g: f32 = 2;
    std.debug.print("{d} {d}\n", .{ f * 2, g / 4 });
    std.debug.print("{d}\n", .{@as(i32, @intFromFloat(-3.7))});
    std.debug.print("{d}\n", .{@as(f64, @floatFromInt(@as(u8, 200)))});
}
