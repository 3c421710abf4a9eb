const std = @import("std");

pub fn main() void {
    var g = std.Random.SplitMix64.init(0);
    std.debug.print("{d} {d}\n", .{ g.next(), g.s });
    const h = std.Random.SplitMix64.init(1234567);
    std.debug.print("{d}\n", .{h.s});
}
