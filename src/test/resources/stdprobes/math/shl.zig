const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("u8 xff<<4: {}\n", .{math.shl(u8, 0xff, 4)});
    std.debug.print("u8 1<<8: {}\n", .{math.shl(u8, 1, 8)});
    std.debug.print("negative amount: {}\n", .{math.shl(u8, 0x80, -3)});
    std.debug.print("i32 -1<<2: {}\n", .{math.shl(i32, -1, 2)});
    std.debug.print("usize amount: {}\n", .{math.shl(u16, 1, @as(usize, 100))});
}
