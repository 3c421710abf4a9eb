const std = @import("std");

pub fn main() void {
    var counts = [_]u8{ 0, 0, 0 };
    const limit: u8 = 256;
    for (&counts, 0..) |*c, i| c.* = @intCast(i);
    std.debug.print("{any} {d}\n", .{ counts, limit });
}
