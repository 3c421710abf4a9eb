const std = @import("std");
const math = std.math;

fn lcm(a: u64, b: u64) u64 {
    return a / math.gcd(a, b) * b;
}

pub fn main() !void {
    std.debug.print("pow(2, 10) = {d}, pow(f64 1.5, 3) = {d}\n", .{ math.pow(u32, 2, 10), math.pow(f64, 1.5, 3) });
    std.debug.print("sqrt(2) = {d:.6}, sqrt(u32 99) = {d}\n", .{ math.sqrt(@as(f64, 2)), math.sqrt(@as(u32, 99)) });
    std.debug.print("log2_int(1000) = {d}, log10(1000) = {d}\n", .{ math.log2_int(u32, 1000), math.log10(@as(f64, 1000)) });
    std.debug.print("gcd(84, 36) = {d}, lcm(4, 6) = {d}, lcm(21, 6) = {d}\n", .{ math.gcd(84, 36), lcm(4, 6), lcm(21, 6) });
    std.debug.print("pi = {d:.5}, e = {d:.5}\n", .{ math.pi, math.e });

    const inf = math.inf(f64);
    const nan = math.nan(f64);
    std.debug.print("inf = {d}, -inf = {d}, nan = {d}\n", .{ inf, -inf, nan });
    std.debug.print("isNan(nan) {} isNan(1) {} nan == nan {} isInf {}\n", .{ math.isNan(nan), math.isNan(@as(f64, 1)), nan == nan, math.isInf(inf) });
    std.debug.print("floatMax(f32) = {e}, floatMax(f16) = {d}\n", .{ math.floatMax(f32), math.floatMax(f16) });
    std.debug.print("maxInt(i16) = {d}, minInt(i16) = {d}, maxInt(u1) = {d}\n", .{ math.maxInt(i16), math.minInt(i16), math.maxInt(u1) });

    const v: i32 = -17;
    std.debug.print("@abs(-17) = {d} of type {s}\n", .{ @abs(v), @typeName(@TypeOf(@abs(v))) });
    std.debug.print("clamp: {d} {d} {d}\n", .{ math.clamp(@as(i32, -5), 0, 10), math.clamp(@as(i32, 5), 0, 10), math.clamp(@as(i32, 50), 0, 10) });
    std.debug.print("order: {s} {s} {s}\n", .{ @tagName(math.order(1, 2)), @tagName(math.order(2.5, 2.5)), @tagName(math.order(@as(u8, 9), 3)) });
    std.debug.print("cast: {?d} {?d} {?d}\n", .{ math.cast(u8, @as(i32, 200)), math.cast(u8, @as(i32, 300)), math.cast(i8, @as(i32, -100)) });
    std.debug.print("divCeil(10, 3) = {d}, divCeil(-10, 3) = {d}\n", .{ try math.divCeil(i32, 10, 3), try math.divCeil(i32, -10, 3) });
    for ([_]u32{ 1, 6, 64, 96, 1024 }) |n| {
        std.debug.print("{d}:{} ", .{ n, math.isPowerOfTwo(n) });
    }
    std.debug.print("\n", .{});
    if (math.divCeil(i32, 1, 0)) |q| {
        std.debug.print("q = {d}\n", .{q});
    } else |err| {
        std.debug.print("divCeil by zero: {s}\n", .{@errorName(err)});
    }
    const added = math.add(u8, 200, 100) catch |err| blk: {
        std.debug.print("add: {s}\n", .{@errorName(err)});
        break :blk math.maxInt(u8);
    };
    std.debug.print("added = {d}\n", .{added});
}
