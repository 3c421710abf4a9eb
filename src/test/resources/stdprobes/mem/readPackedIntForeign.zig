const std = @import("std");

pub fn main() void {
    const b = [_]u8{ 0b1011_0110, 0b0000_0001 };
    std.debug.print("u4 off 0: {}\n", .{std.mem.readPackedIntForeign(u4, &b, 0)});
    std.debug.print("u8 off 0: {}\n", .{std.mem.readPackedIntForeign(u8, &b, 0)});
    std.debug.print("u16 off 0: {}\n", .{std.mem.readPackedIntForeign(u16, &b, 0)});
}
