const std = @import("std");

const Color = enum { red, green, blue, yellow, black };
const One = enum { only };
const Sparse = enum(i8) { low = -50, mid = 3, high = 100 };

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(11);
    const r = prng.random();
    for (0..8) |_| std.debug.print("{s} ", .{@tagName(r.enumValue(Color))});
    std.debug.print("\n{}\n", .{r.enumValue(One)});
    std.debug.print("{}\n", .{r.enumValue(Sparse)});
}
