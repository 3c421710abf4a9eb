const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("180: {d:.6}\n", .{math.degreesToRadians(@as(f64, 180.0))});
    std.debug.print("90 f32: {d:.5}\n", .{math.degreesToRadians(@as(f32, 90.0))});
    std.debug.print("0: {d}\n", .{math.degreesToRadians(@as(f64, 0.0))});
}
