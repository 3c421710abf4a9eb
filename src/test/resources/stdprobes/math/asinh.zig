const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("0: {d}\n", .{math.asinh(@as(f64, 0.0))});
    std.debug.print("1: {d:.6}\n", .{math.asinh(@as(f64, 1.0))});
    std.debug.print("-2 f32: {d:.5}\n", .{math.asinh(@as(f32, -2.0))});
}
