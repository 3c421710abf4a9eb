const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("1: {d}\n", .{math.lgamma(f64, 1.0)});
    std.debug.print("10: {d:.6}\n", .{math.lgamma(f64, 10.0)});
    std.debug.print("0.5: {d:.6}\n", .{math.lgamma(f64, 0.5)});
    std.debug.print("0: {d}\n", .{math.lgamma(f64, 0.0)});
}
