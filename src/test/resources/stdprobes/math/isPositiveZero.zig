const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("0.0: {}\n", .{math.isPositiveZero(@as(f64, 0.0))});
    std.debug.print("-0.0: {}\n", .{math.isPositiveZero(@as(f64, -0.0))});
    std.debug.print("1: {}\n", .{math.isPositiveZero(@as(f32, 1.0))});
}
