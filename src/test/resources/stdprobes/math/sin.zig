const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("0: {d}\n", .{math.sin(@as(f64, 0.0))});
    std.debug.print("pi/2: {d:.6}\n", .{math.sin(@as(f64, math.pi / 2.0))});
    std.debug.print("1 f32: {d:.5}\n", .{math.sin(@as(f32, 1.0))});
    std.debug.print("-pi/6: {d:.6}\n", .{math.sin(@as(f64, -math.pi / 6.0))});
}
