const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("f32: {}\n", .{math.inf(f32)});
    std.debug.print("f64 neg: {d}\n", .{-math.inf(f64)});
    std.debug.print("bigger than max: {}\n", .{math.inf(f64) > math.floatMax(f64)});
}
