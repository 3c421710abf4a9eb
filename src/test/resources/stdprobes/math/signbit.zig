const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("-1: {}\n", .{math.signbit(@as(f64, -1.0))});
    std.debug.print("-0.0: {}\n", .{math.signbit(@as(f64, -0.0))});
    std.debug.print("0.0: {}\n", .{math.signbit(@as(f32, 0.0))});
    std.debug.print("f16 -inf: {}\n", .{math.signbit(-math.inf(f16))});
}
