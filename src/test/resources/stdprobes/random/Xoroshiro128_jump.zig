const std = @import("std");

pub fn main() void {
    var g = std.Random.Xoroshiro128.init(99);
    g.jump();
    std.debug.print("{x} {x}\n", .{ g.next(), g.next() });
    g.jump();
    std.debug.print("{x}\n", .{g.next()});
}
