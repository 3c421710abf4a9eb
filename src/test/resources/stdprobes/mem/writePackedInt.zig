const std = @import("std");

pub fn main() void {
    var b = [_]u8{ 0, 0 };
    std.mem.writePackedInt(u4, &b, 0, 0xf, .little);
    std.debug.print("u4 off 0: {any}\n", .{b});
    std.mem.writePackedInt(u7, &b, 6, 0x7f, .little);
    std.debug.print("u7 off 6: {any}\n", .{b});
    std.mem.writePackedInt(i3, &b, 0, -1, .big);
    std.debug.print("i3 big: {any}\n", .{b});
}
