const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("u8 100: {}\n", .{math.ceilPowerOfTwoAssert(u8, 100)});
    std.debug.print("u32 65: {}\n", .{math.ceilPowerOfTwoAssert(u32, 65)});
    std.debug.print("usize 1: {}\n", .{math.ceilPowerOfTwoAssert(usize, 1)});
}
