const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("1.0: {}\n", .{math.isNormal(@as(f64, 1.0))});
    std.debug.print("0: {}\n", .{math.isNormal(@as(f64, 0.0))});
    std.debug.print("true min: {}\n", .{math.isNormal(math.floatTrueMin(f64))});
    std.debug.print("inf: {}\n", .{math.isNormal(math.inf(f32))});
    std.debug.print("min: {}\n", .{math.isNormal(math.floatMin(f32))});
}
