const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("2.5: {d}\n", .{math.round(@as(f64, 2.5))});
    std.debug.print("-2.5: {d}\n", .{math.round(@as(f64, -2.5))});
    std.debug.print("1.4 f32: {d}\n", .{math.round(@as(f32, 1.4))});
    std.debug.print("0.5: {d}\n", .{math.round(@as(f64, 0.5))});
}
