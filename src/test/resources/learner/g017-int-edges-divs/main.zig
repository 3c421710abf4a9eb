const std = @import("std");

pub fn main() void {
    const vals = [_]i32{ 7, -7 };
    const divs = [_]i32{ 2, -2 };
    for (vals) |a| {
        for (divs) |b| {
            std.debug.print("{d:>3} {d:>3}: trunc {d:>3} floor {d:>3} rem {d:>3} mod {d:>3}\n", .{ a, b, @divTrunc(a, b), @divFloor(a, b), @rem(a, b), @mod(a, b) });
        }
    }
    std.debug.print("cast {?d} {?d} {?d}\n", .{ std.math.cast(u8, @as(i32, 300)), std.math.cast(u8, @as(i32, 255)), std.math.cast(i8, @as(i32, -129)) });
    std.debug.print("trunc {d} {d}\n", .{ @as(u8, @truncate(@as(u32, 0x1234))), @as(i8, @truncate(@as(i32, 200))) });
    std.debug.print("bitcast {d} {d}\n", .{ @as(u8, @bitCast(@as(i8, -1))), @as(i16, @bitCast(@as(u16, 40000))) });
    const x: u8 = 250;
    std.debug.print("wrap {d} sat {d} sub {d} mulsat {d}\n", .{ x +% 10, x +| 10, @as(u8, 3) -| 5, x *| 2 });
    const ov = @addWithOverflow(x, 10);
    std.debug.print("ov {d} {d}\n", .{ ov[0], ov[1] });
    std.debug.print("min {d} max {d} abs {d}\n", .{ @min(@as(i8, -3), 4), @max(@as(u8, 3), 200), @abs(@as(i8, -128)) });
    std.debug.print("{d} {d}\n", .{ std.math.maxInt(u7), std.math.minInt(i3) });
    std.debug.print("sqrt {d} pow {d} log2 {d}\n", .{ std.math.sqrt(@as(f64, 2)), std.math.pow(i32, 3, 4), std.math.log2(@as(f64, 1024)) });
    std.debug.print("float->int {d} {d}\n", .{ @as(i32, @intFromFloat(-3.99)), @as(u8, @intFromFloat(@floor(@as(f32, 255.9)))) });
    std.debug.print("int->float {d} {}\n", .{ @as(f32, @floatFromInt(@as(i64, 1) << 40)), @as(f64, @floatFromInt(@as(u64, std.math.maxInt(u64)))) });
    var m: i8 = -128;
    _ = &m;
    std.debug.print("neg wrap {d}\n", .{-%m});
    std.debug.print("neg {d}\n", .{-m});
}
