const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("pi: {d}\n", .{math.radiansToDegrees(@as(f64, math.pi))});
    std.debug.print("1 f32: {d:.4}\n", .{math.radiansToDegrees(@as(f32, 1.0))});
    std.debug.print("comptime 0: {d}\n", .{math.radiansToDegrees(0)});
    std.debug.print("-pi/2: {d}\n", .{math.radiansToDegrees(@as(f64, -math.pi / 2.0))});
}
