const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("0: {d}\n", .{math.expm1(@as(f64, 0.0))});
    std.debug.print("1e-10: {e}\n", .{math.expm1(@as(f64, 1e-10))});
    std.debug.print("1: {d:.6}\n", .{math.expm1(@as(f64, 1.0))});
    std.debug.print("-inf: {d}\n", .{math.expm1(-math.inf(f64))});
}
