const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("f16: {}\n", .{math.floatExponentBits(f16)});
    std.debug.print("f32: {}\n", .{math.floatExponentBits(f32)});
    std.debug.print("f64: {}\n", .{math.floatExponentBits(f64)});
    std.debug.print("f128: {}\n", .{math.floatExponentBits(f128)});
}
