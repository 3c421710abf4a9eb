const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("0: {d}\n", .{math.tanh(@as(f64, 0.0))});
    std.debug.print("1: {d:.6}\n", .{math.tanh(@as(f64, 1.0))});
    std.debug.print("100: {d}\n", .{math.tanh(@as(f64, 100.0))});
}
