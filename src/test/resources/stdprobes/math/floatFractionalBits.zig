const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("f16: {}\n", .{math.floatFractionalBits(f16)});
    std.debug.print("f32: {}\n", .{math.floatFractionalBits(f32)});
    std.debug.print("f64: {}\n", .{math.floatFractionalBits(f64)});
    std.debug.print("f80: {}\n", .{math.floatFractionalBits(f80)});
}
