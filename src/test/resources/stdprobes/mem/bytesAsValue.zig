const std = @import("std");

pub fn main() void {
    var b = [_]u8{ 0x44, 0x33, 0x22, 0x11 };
    const v = std.mem.bytesAsValue(u32, &b);
    std.debug.print("u32: {x}\n", .{v.*});
    v.* = 7;
    std.debug.print("bytes after write: {any}\n", .{b});
    const S = packed struct { a: u8, b: u8 };
    const s = std.mem.bytesAsValue(S, b[0..2]);
    std.debug.print("packed: {} {}\n", .{ s.a, s.b });
}
