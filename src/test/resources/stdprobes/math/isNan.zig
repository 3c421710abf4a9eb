const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("nan: {}\n", .{math.isNan(math.nan(f64))});
    std.debug.print("1.0: {}\n", .{math.isNan(@as(f32, 1.0))});
    std.debug.print("inf: {}\n", .{math.isNan(math.inf(f64))});
    var z: f64 = 0.0;
    _ = &z;
    std.debug.print("0/0: {}\n", .{math.isNan(z / z)});
}
