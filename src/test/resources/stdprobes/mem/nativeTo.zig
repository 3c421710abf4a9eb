const std = @import("std");

pub fn main() void {
    std.debug.print("to big: {x}\n", .{std.mem.nativeTo(u16, 0x1234, .big)});
    std.debug.print("to little: {x}\n", .{std.mem.nativeTo(u16, 0x1234, .little)});
    std.debug.print("u64 big: {x}\n", .{std.mem.nativeTo(u64, 1, .big)});
}
