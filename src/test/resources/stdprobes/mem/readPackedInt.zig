const std = @import("std");

pub fn main() void {
    const b = [_]u8{ 0b1011_0110, 0b0000_0001 };
    std.debug.print("u4 off 0: {}\n", .{std.mem.readPackedInt(u4, &b, 0, .little)});
    std.debug.print("i4 off 4: {}\n", .{std.mem.readPackedInt(i4, &b, 4, .little)});
    std.debug.print("u9 off 0: {}\n", .{std.mem.readPackedInt(u9, &b, 0, .little)});
    std.debug.print("u8 big off 0: {}\n", .{std.mem.readPackedInt(u8, &b, 0, .big)});
}
