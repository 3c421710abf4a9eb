const std = @import("std");

pub fn main() void {
    var g = std.Random.RomuTrio.init(1);
    g.seed(99);
    std.debug.print("{d} {d}\n", .{ g.random().int(u64), g.random().int(u64) });
}
