const std = @import("std");

pub fn main() void {
    var g = std.Random.Xoshiro256.init(1);
    _ = g.next();
    g.seed(99);
    std.debug.print("{x} {x}\n", .{ g.next(), g.next() });
}
