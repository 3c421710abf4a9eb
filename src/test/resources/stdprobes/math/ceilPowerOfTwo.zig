const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("u8 100: {!}\n", .{math.ceilPowerOfTwo(u8, 100)});
    std.debug.print("u8 200: {!}\n", .{math.ceilPowerOfTwo(u8, 200)});
    std.debug.print("u32 64: {!}\n", .{math.ceilPowerOfTwo(u32, 64)});
    std.debug.print("u32 1: {!}\n", .{math.ceilPowerOfTwo(u32, 1)});
}
