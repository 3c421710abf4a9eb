const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("1: {}\n", .{math.log2_int_ceil(u32, 1)});
    std.debug.print("1000: {}\n", .{math.log2_int_ceil(u32, 1000)});
    std.debug.print("1024: {}\n", .{math.log2_int_ceil(u32, 1024)});
    std.debug.print("u8 255: {}\n", .{math.log2_int_ceil(u8, 255)});
}
