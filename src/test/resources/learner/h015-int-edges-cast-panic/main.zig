const std = @import("std");

fn toU8(x: i32) u8 {
    return @intCast(x);
}

pub fn main() void {
    const vals = [_]i32{ 0, 127, 255 };
    for (vals) |v| std.debug.print("{d} -> {d}\n", .{ v, toU8(v) });
    std.debug.print("limits u8 {d}..{d} i8 {d}..{d}\n", .{ std.math.minInt(u8), std.math.maxInt(u8), std.math.minInt(i8), std.math.maxInt(i8) });
    std.debug.print("i64 {d} {d}\n", .{ std.math.minInt(i64), std.math.maxInt(i64) });
    std.debug.print("u128 {d}\n", .{std.math.maxInt(u128)});
    std.debug.print("i128 {d} hex {x}\n", .{ std.math.minInt(i128), std.math.maxInt(i128) });
    std.debug.print("u0={d} i1 {d} {d}\n", .{ @as(u0, 0), @as(i1, -1), @as(i1, 0) });
    const t: u7 = 100;
    std.debug.print("trunc {d} {d}\n", .{ @as(u4, @truncate(t)), @as(i4, @truncate(@as(i8, -9))) });
    std.debug.print("neg wrap {d} {d}\n", .{ -%@as(i8, -128), @as(u8, 0) -% 1 });
    std.debug.print("abs {d} {d}\n", .{ @abs(@as(i8, -128)), @abs(@as(i32, -5)) });
    std.debug.print("divs {d} {d} {d} {d}\n", .{ @divTrunc(@as(i32, -7), 2), @divFloor(@as(i32, -7), 2), @rem(@as(i32, -7), 2), @mod(@as(i32, -7), 2) });
    std.debug.print("floats->int {d} {d}\n", .{ @as(i32, @intFromFloat(-3.99)), @as(u8, @intFromFloat(255.5)) });
    std.debug.print("shl overflow? {?d} {?d}\n", .{ std.math.shlExact(u8, 1, 7) catch null, std.math.shlExact(u8, 3, 7) catch null });
    std.debug.print("cast {?d} {?d}\n", .{ std.math.cast(u8, @as(i32, 300)), std.math.cast(i8, @as(u32, 100)) });
    std.debug.print("-300 -> {d}\n", .{toU8(-300)});
}
