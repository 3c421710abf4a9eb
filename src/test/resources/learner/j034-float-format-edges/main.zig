const std = @import("std");

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const vals = [_]f64{ 0.0, -0.0, 1.0, 0.1, 1.0 / 3.0, 123456789.125, 1e21, 1e-7, 2.5e-300, std.math.inf(f64), -std.math.inf(f64), std.math.nan(f64) };
    for (vals) |v| {
        try out.print("{d} | {e} | {d:.3} | {}\n", .{ v, v, v, v });
    }
    const f: f32 = 0.1;
    const h: f16 = 0.1;
    try out.print("f32 {d} {e} f16 {d} {e}\n", .{ f, f, h, h });
    try out.print("f32 max {e} min {e}\n", .{ std.math.floatMax(f32), std.math.floatMin(f32) });
    try out.print("f64 eps {e}\n", .{std.math.floatEps(f64)});
    try out.print("round: {d} {d} {d} {d}\n", .{ @round(2.5), @round(-2.5), @floor(-1.5), @ceil(1.2) });
    try out.print("trunc/sqrt: {d} {d:.4} {d}\n", .{ @trunc(-3.7), @sqrt(2.0), @abs(-4.25) });
    try out.print("mod/rem: {d} {d}\n", .{ @mod(@as(f64, -7.5), 2.0), @rem(@as(f64, -7.5), 2.0) });
    try out.print("isNan {} isInf {} signbit {}\n", .{ std.math.isNan(vals[11]), std.math.isInf(vals[10]), std.math.signbit(vals[1]) });
    try out.print("widths [{d:>10.2}] [{d:<10.1}] [{e:>12.3}]\n", .{ -3.14159, 2.0, 12345.678 });
    try out.print("pow {d} powi {!d} {!d}\n", .{ std.math.pow(f64, 2, 0.5), std.math.powi(i32, 3, 4), std.math.powi(i8, 2, 7) });
    try out.print("log2 {d} log2_int {d} divCeil {!d}\n", .{ std.math.log2(1024.0), std.math.log2_int(u32, 1000), std.math.divCeil(u32, 10, 3) });
    const i: i32 = -17;
    try out.print("floatFromInt {d} intFromFloat {d}\n", .{ @as(f32, @floatFromInt(i)), @as(i32, @intFromFloat(-2.99)) });
    try out.print("clamp {d} {d}\n", .{ std.math.clamp(15, 0, 10), std.math.clamp(@as(f32, -0.5), 0.0, 1.0) });
}
