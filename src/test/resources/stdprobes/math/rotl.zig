const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("u8 x80 by 1: {b}\n", .{math.rotl(u8, 0b10000000, @as(usize, 1))});
    std.debug.print("u8 by 9: {b}\n", .{math.rotl(u8, 0b10000000, @as(usize, 9))});
    std.debug.print("u8 by -1: {b}\n", .{math.rotl(u8, 0b10000000, @as(isize, -1))});
    std.debug.print("u32: {x}\n", .{math.rotl(u32, 0x12345678, @as(u32, 8))});
}
