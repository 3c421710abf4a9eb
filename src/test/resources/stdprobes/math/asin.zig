const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("0: {d}\n", .{math.asin(@as(f64, 0.0))});
    std.debug.print("1: {d:.6}\n", .{math.asin(@as(f64, 1.0))});
    std.debug.print("0.5: {d:.6}\n", .{math.asin(@as(f32, 0.5))});
    std.debug.print("2: {d}\n", .{math.asin(@as(f64, 2.0))});
}
