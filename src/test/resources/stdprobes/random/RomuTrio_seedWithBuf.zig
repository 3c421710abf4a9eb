const std = @import("std");

pub fn main() void {
    var g = std.Random.RomuTrio.init(1);
    var buf: [24]u8 = undefined;
    for (&buf, 0..) |*b, i| b.* = @intCast(i * 7 + 1);
    g.seedWithBuf(buf);
    std.debug.print("{d} {d}\n", .{ g.random().int(u64), g.random().int(u64) });
}
