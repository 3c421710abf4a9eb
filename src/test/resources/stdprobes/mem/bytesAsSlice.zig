const std = @import("std");

pub fn main() void {
    var b = [_]u8{ 1, 0, 2, 0, 3, 0 };
    const s = std.mem.bytesAsSlice(u16, &b);
    std.debug.print("u16s: {any} len {}\n", .{ s, s.len });
    s[0] = 0x0a0b;
    std.debug.print("bytes after write: {any}\n", .{b});
    const e = std.mem.bytesAsSlice(u32, b[0..0]);
    std.debug.print("empty: len {}\n", .{e.len});
}
