const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("2.7: {d}\n", .{math.trunc(@as(f64, 2.7))});
    std.debug.print("-2.7: {d}\n", .{math.trunc(@as(f64, -2.7))});
    std.debug.print("0.3 f32: {d}\n", .{math.trunc(@as(f32, 0.3))});
}
