const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("u8 200: {}\n", .{math.ceilPowerOfTwoPromote(u8, 200)});
    std.debug.print("u8 1: {}\n", .{math.ceilPowerOfTwoPromote(u8, 1)});
    std.debug.print("u32 33: {}\n", .{math.ceilPowerOfTwoPromote(u32, 33)});
    std.debug.print("type: {}\n", .{@TypeOf(math.ceilPowerOfTwoPromote(u8, 3))});
}
