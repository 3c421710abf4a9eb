const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("inf: {}\n", .{math.isInf(math.inf(f64))});
    std.debug.print("-inf: {}\n", .{math.isInf(-math.inf(f32))});
    std.debug.print("max: {}\n", .{math.isInf(math.floatMax(f64))});
    std.debug.print("nan: {}\n", .{math.isInf(math.nan(f64))});
}
