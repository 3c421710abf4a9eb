const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("f32: {e}\n", .{math.floatTrueMin(f32)});
    std.debug.print("f64: {e}\n", .{math.floatTrueMin(f64)});
    std.debug.print("f64 > 0: {}\n", .{math.floatTrueMin(f64) > 0});
}
