const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("inf: {}\n", .{math.isNegativeInf(math.inf(f64))});
    std.debug.print("-inf: {}\n", .{math.isNegativeInf(-math.inf(f64))});
    std.debug.print("-1: {}\n", .{math.isNegativeInf(@as(f32, -1.0))});
}
