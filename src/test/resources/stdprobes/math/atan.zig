const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("0: {d}\n", .{math.atan(@as(f64, 0.0))});
    std.debug.print("1: {d:.6}\n", .{math.atan(@as(f64, 1.0))});
    std.debug.print("-1 f32: {d:.6}\n", .{math.atan(@as(f32, -1.0))});
    std.debug.print("inf: {d:.6}\n", .{math.atan(math.inf(f64))});
}
