const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("f32: {}\n", .{math.nan(f32)});
    std.debug.print("f64: {d}\n", .{math.nan(f64)});
    std.debug.print("self equal: {}\n", .{math.nan(f64) == math.nan(f64)});
    std.debug.print("isNan: {}\n", .{math.isNan(math.nan(f16))});
}
