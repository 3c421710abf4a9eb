const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("u8 xff>>4: {}\n", .{math.shr(u8, 0xff, 4)});
    std.debug.print("u8 >>8: {}\n", .{math.shr(u8, 0xff, 8)});
    std.debug.print("negative amount: {}\n", .{math.shr(u8, 1, -3)});
    std.debug.print("i32 -16>>2: {}\n", .{math.shr(i32, -16, 2)});
}
