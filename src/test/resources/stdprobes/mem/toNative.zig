const std = @import("std");

pub fn main() void {
    std.debug.print("from big: {x}\n", .{std.mem.toNative(u16, 0x1234, .big)});
    std.debug.print("from little: {x}\n", .{std.mem.toNative(u16, 0x1234, .little)});
    std.debug.print("i32 big: {}\n", .{std.mem.toNative(i32, 1, .big)});
}
