const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("0: {d}\n", .{math.cos(@as(f64, 0.0))});
    std.debug.print("pi: {d:.6}\n", .{math.cos(@as(f64, math.pi))});
    std.debug.print("1 f32: {d:.5}\n", .{math.cos(@as(f32, 1.0))});
}
