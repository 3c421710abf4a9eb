const std = @import("std");

pub fn main() void {
    std.debug.print("u16: {x}\n", .{std.mem.littleToNative(u16, 0x1234)});
    std.debug.print("i32: {}\n", .{std.mem.littleToNative(i32, -2)});
    std.debug.print("u8: {}\n", .{std.mem.littleToNative(u8, 7)});
}
