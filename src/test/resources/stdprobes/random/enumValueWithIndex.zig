const std = @import("std");

const Color = enum { red, green, blue, yellow, black };
const Four = enum { a, b, c, d };

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(11);
    const r = prng.random();
    for (0..8) |_| std.debug.print("{s} ", .{@tagName(r.enumValueWithIndex(Color, u8))});
    std.debug.print("\n", .{});
    for (0..6) |_| std.debug.print("{s} ", .{@tagName(r.enumValueWithIndex(Four, u2))});
    std.debug.print("\n", .{});
}
