const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("1: {}\n", .{math.isPowerOfTwo(@as(u32, 1))});
    std.debug.print("64: {}\n", .{math.isPowerOfTwo(@as(u32, 64))});
    std.debug.print("96: {}\n", .{math.isPowerOfTwo(@as(u32, 96))});
    std.debug.print("i8 64: {}\n", .{math.isPowerOfTwo(@as(i8, 64))});
}
