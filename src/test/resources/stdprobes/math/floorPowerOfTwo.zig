const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("63: {}\n", .{math.floorPowerOfTwo(u32, 63)});
    std.debug.print("64: {}\n", .{math.floorPowerOfTwo(u32, 64)});
    std.debug.print("0: {}\n", .{math.floorPowerOfTwo(u32, 0)});
    std.debug.print("i8 -5: {}\n", .{math.floorPowerOfTwo(i8, -5)});
    std.debug.print("u8 255: {}\n", .{math.floorPowerOfTwo(u8, 255)});
}
