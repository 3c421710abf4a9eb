const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("0: {d}\n", .{math.sinh(@as(f64, 0.0))});
    std.debug.print("1: {d:.6}\n", .{math.sinh(@as(f64, 1.0))});
    std.debug.print("-1 f32: {d:.5}\n", .{math.sinh(@as(f32, -1.0))});
    std.debug.print("1000: {d}\n", .{math.sinh(@as(f64, 1000.0))});
}
