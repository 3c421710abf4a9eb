const std = @import("std");
pub fn main() void {
    const vals = [_]f64{ 1.5, -0.25, 0, -0.0, 1, 0.1, 1e-310, 123456.789, std.math.inf(f64), 2.0 / 3.0 };
    for (vals) |v| std.debug.print("{x} {x:.2} {x:.0} | {x} | {x}\n", .{ v, v, v, @as(f32, @floatCast(v)), @as(f16, @floatCast(v)) });
    std.debug.print("{x:.1} {x:.3}\n", .{ @as(f64, 1.96875), @as(f32, 1.999999) });
}
