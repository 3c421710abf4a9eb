const std = @import("std");

pub fn main() void {
    const b = [_]u8{ 0b1011_0110, 0b0000_0001 };
    std.debug.print("u4 off 0: {}\n", .{std.mem.readPackedIntNative(u4, &b, 0)});
    std.debug.print("u3 off 5: {}\n", .{std.mem.readPackedIntNative(u3, &b, 5)});
    std.debug.print("u16 off 0: {}\n", .{std.mem.readPackedIntNative(u16, &b, 0)});
}
