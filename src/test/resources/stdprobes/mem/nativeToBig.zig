const std = @import("std");

pub fn main() void {
    std.debug.print("u16: {x}\n", .{std.mem.nativeToBig(u16, 0x1234)});
    std.debug.print("u32: {x}\n", .{std.mem.nativeToBig(u32, 0xaabbccdd)});
    std.debug.print("i16 -1: {}\n", .{std.mem.nativeToBig(i16, -1)});
}
