const std = @import("std");

pub fn main() void {
    var buf: [32]u8 align(16) = undefined;
    for (&buf, 0..) |*b, i| b.* = @intCast(i);
    var start: usize = 1;
    _ = &start;
    const s: []u8 = buf[start..];
    const r = std.mem.alignInSlice(s, 8).?;
    std.debug.print("from 1 to 8: len {} first {}\n", .{ r.len, r[0] });
    const all: []u8 = buf[start - 1 ..];
    std.debug.print("already: len {}\n", .{std.mem.alignInSlice(all, 4).?.len});
    const short: []u8 = buf[start..4];
    std.debug.print("too short: {}\n", .{std.mem.alignInSlice(short, 8) == null});
}
