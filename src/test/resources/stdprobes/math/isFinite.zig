const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("1.0: {}\n", .{math.isFinite(@as(f64, 1.0))});
    std.debug.print("inf: {}\n", .{math.isFinite(math.inf(f64))});
    std.debug.print("nan: {}\n", .{math.isFinite(math.nan(f32))});
    std.debug.print("max: {}\n", .{math.isFinite(math.floatMax(f64))});
}
