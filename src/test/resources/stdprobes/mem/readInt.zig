const std = @import("std");

pub fn main() void {
    const b = [_]u8{ 0x12, 0x34, 0x56, 0x78 };
    std.debug.print("u32 big: {x}\n", .{std.mem.readInt(u32, &b, .big)});
    std.debug.print("u32 little: {x}\n", .{std.mem.readInt(u32, &b, .little)});
    std.debug.print("u16: {}\n", .{std.mem.readInt(u16, b[0..2], .big)});
    std.debug.print("i16: {}\n", .{std.mem.readInt(i16, &[_]u8{ 0xff, 0xfe }, .big)});
}
