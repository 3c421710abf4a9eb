const std = @import("std");

pub fn main() void {
    std.debug.print("u16: {x}\n", .{std.mem.bigToNative(u16, 0x1234)});
    std.debug.print("u32: {x}\n", .{std.mem.bigToNative(u32, 0x11223344)});
    std.debug.print("i16: {}\n", .{std.mem.bigToNative(i16, 1)});
    std.debug.print("u8: {}\n", .{std.mem.bigToNative(u8, 7)});
}
