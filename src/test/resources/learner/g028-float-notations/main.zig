const std = @import("std");

pub fn main() void {
    const half: f16 = 0.1;
    const single: f32 = 0.1;
    const double: f64 = 0.1;
    std.debug.print("{} {} {}\n", .{ half, single, double });
    std.debug.print("{d} {d} {d}\n", .{ half, single, double });
    std.debug.print("{e} {e:.3} {d:.5}\n", .{ half, single, double });
    const values = [_]f64{ 0, 1, -1.5, 1e21, 1e-5, 123.456, 2.5e-308, std.math.floatMax(f64), std.math.floatMin(f64), std.math.floatEps(f64) };
    for (values) |v| std.debug.print("{} | {d} | {e:.2}\n", .{ v, v, v });
    const fs = [_]f32{ 16777216.0, 16777217.0, 3.4028235e38, 1.17549435e-38, 1.0 / 3.0 };
    for (fs) |v| std.debug.print("{} {d:.3}\n", .{ v, v });
    std.debug.print("{d:.1} {d:.1} {d:.1} {d:.1}\n", .{ @as(f64, 0.25), @as(f64, 0.35), @as(f64, 2.45), @as(f64, -0.05) });
    std.debug.print("[{d:>12.3}] [{e:>12.3}] [{d:<12}]\n", .{ @as(f64, -3.14159), @as(f64, 31415.9), @as(f32, 1.5) });
    std.debug.print("{d} {d} {d}\n", .{ @round(@as(f64, 2.5)), @trunc(@as(f64, -2.7)), @ceil(@as(f32, 1.01)) });
    std.debug.print("{d} {d}\n", .{ @mod(@as(f64, -7.5), 2), @rem(@as(f64, -7.5), 2) });
    var zero: f64 = 0;
    _ = &zero;
    const x: f64 = 1.0 / zero;
    std.debug.print("{} {}\n", .{ std.math.isInf(x), std.math.isNan(x - x) });
    std.debug.print("{d}\n", .{@as(i32, @intFromFloat(x))});
}
