const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("1: {d}\n", .{math.acos(@as(f64, 1.0))});
    std.debug.print("0: {d:.6}\n", .{math.acos(@as(f64, 0.0))});
    std.debug.print("-1: {d:.6}\n", .{math.acos(@as(f32, -1.0))});
    std.debug.print("2: {d}\n", .{math.acos(@as(f64, 2.0))});
}
