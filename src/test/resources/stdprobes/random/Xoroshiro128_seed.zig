const std = @import("std");

pub fn main() void {
    var g = std.Random.Xoroshiro128.init(1);
    _ = g.next();
    g.seed(99);
    std.debug.print("{x} {x}\n", .{ g.next(), g.next() });
}
