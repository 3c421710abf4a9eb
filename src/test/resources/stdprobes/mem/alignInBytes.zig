const std = @import("std");

pub fn main() void {
    var buf: [32]u8 align(16) = undefined;
    const r = std.mem.alignInBytes(buf[1..], 8).?;
    std.debug.print("from 1 to 8: len {} offset {}\n", .{ r.len, @intFromPtr(r.ptr) - @intFromPtr(&buf) });
    const r2 = std.mem.alignInBytes(buf[0..], 16).?;
    std.debug.print("already: len {}\n", .{r2.len});
    const none = std.mem.alignInBytes(buf[1..4], 8);
    std.debug.print("too short: {}\n", .{none == null});
}
