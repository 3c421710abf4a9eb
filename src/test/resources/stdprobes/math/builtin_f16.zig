const std = @import("std");

// f16 at run time: arithmetic rounded to f16, the float builtins, conversions and bit patterns.
pub fn main() void {
    var xs = [_]f16{ 0.0, -0.0, 0.1, 0.5, 1.0, 1.5, 2.0, 3.14, -2.5, 10.0, 100.0, 1000.0, 65504.0, 6.1e-5, 6.0e-8, -7.0 };
    _ = &xs;
    for (xs) |x| {
        std.debug.print("{d} ({x}): {d} {d} {d} {e}\n", .{ x, @as(u16, @bitCast(x)), x * 3, x / 7, x + 0.001, x * x });
        std.debug.print("  sqrt {d} sin {d} cos {d} tan {d} exp {d} exp2 {d}\n", .{ @sqrt(x), @sin(x), @cos(x), @tan(x), @exp(x), @exp2(x) });
        std.debug.print("  log {d} log2 {d} log10 {d} floor {d} ceil {d} round {d} trunc {d} abs {d}\n", .{ @log(x), @log2(x), @log10(x), @floor(x), @ceil(x), @round(x), @trunc(x), @abs(x) });
        std.debug.print("  {d} {d} {d} {d}\n", .{ @as(f32, x), @as(f64, x), @mulAdd(f16, x, 0.3, 1.0), @mod(x, 1.5) });
    }
    var big: f32 = 70000.0;
    var small: f64 = 1e-9;
    var i: i32 = -12345;
    _ = &big;
    _ = &small;
    _ = &i;
    const h1: f16 = @floatCast(big);
    const h2: f16 = @floatCast(small);
    const h3: f16 = @floatFromInt(i);
    std.debug.print("{d} {d} {d} {d}\n", .{ h1, h2, h3, @as(i32, @intFromFloat(h3)) });
    std.debug.print("{} {} {}\n", .{ std.math.floatMax(f16), std.math.floatMin(f16), std.math.floatEps(f16) });
}
