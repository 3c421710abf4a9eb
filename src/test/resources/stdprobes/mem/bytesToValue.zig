const std = @import("std");

pub fn main() void {
    const b = [_]u8{ 0x44, 0x33, 0x22, 0x11 };
    std.debug.print("u32: {x}\n", .{std.mem.bytesToValue(u32, &b)});
    std.debug.print("u16 from 2: {x}\n", .{std.mem.bytesToValue(u16, b[2..4])});
    std.debug.print("i8: {}\n", .{std.mem.bytesToValue(i8, &[_]u8{0xff})});
}
