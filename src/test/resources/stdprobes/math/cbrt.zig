const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("27: {d}\n", .{math.cbrt(@as(f64, 27.0))});
    std.debug.print("-8: {d}\n", .{math.cbrt(@as(f32, -8.0))});
    std.debug.print("2: {d:.6}\n", .{math.cbrt(@as(f64, 2.0))});
    std.debug.print("0: {d}\n", .{math.cbrt(@as(f64, 0.0))});
}
