const std = @import("std");
pub fn main() void {
    var buf: [8]u8 align(4) = .{ 1, 2, 3, 4, 5, 6, 7, 8 };
    var off: usize = 4;
    _ = &off;
    const word: *u32 = @ptrCast(@alignCast(&buf[off]));
    std.debug.print("{x}\n", .{word.*});
    const byte_ptr: *u8 = &buf[off];
    std.debug.print("{d}\n", .{byte_ptr.*});
    off = 1;
    const bad: *u32 = @ptrCast(@alignCast(&buf[off]));
    std.debug.print("{x}\n", .{bad.*});
}
