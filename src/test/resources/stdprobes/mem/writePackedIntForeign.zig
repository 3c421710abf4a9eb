const std = @import("std");

pub fn main() void {
    var b = [_]u8{ 0, 0 };
    std.mem.writePackedIntForeign(u4, &b, 2, 0b1011);
    std.debug.print("u4 off 2: {any}\n", .{b});
    std.mem.writePackedIntForeign(u16, &b, 0, 0x1234);
    std.debug.print("u16: {any}\n", .{b});
}
