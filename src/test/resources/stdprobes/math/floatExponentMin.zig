const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("f16: {}\n", .{math.floatExponentMin(f16)});
    std.debug.print("f32: {}\n", .{math.floatExponentMin(f32)});
    std.debug.print("f64: {}\n", .{math.floatExponentMin(f64)});
}
