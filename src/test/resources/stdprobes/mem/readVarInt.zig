const std = @import("std");

pub fn main() void {
    std.debug.print("u16 big: {x}\n", .{std.mem.readVarInt(u16, &[_]u8{ 0x12, 0x34 }, .big)});
    std.debug.print("u16 little: {x}\n", .{std.mem.readVarInt(u16, &[_]u8{ 0x12, 0x34 }, .little)});
    std.debug.print("i8: {}\n", .{std.mem.readVarInt(i8, &[_]u8{0xfe}, .little)});
    std.debug.print("u32 from 3: {}\n", .{std.mem.readVarInt(u32, &[_]u8{ 1, 0, 0 }, .big)});
    std.debug.print("empty: {}\n", .{std.mem.readVarInt(u8, &[_]u8{}, .big)});
}
