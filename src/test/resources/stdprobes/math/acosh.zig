const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("1: {d}\n", .{math.acosh(@as(f64, 1.0))});
    std.debug.print("2: {d:.6}\n", .{math.acosh(@as(f64, 2.0))});
    std.debug.print("0.5: {d}\n", .{math.acosh(@as(f64, 0.5))});
}
