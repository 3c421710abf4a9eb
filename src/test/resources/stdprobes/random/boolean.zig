const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(3);
    const r = prng.random();
    for (0..12) |_| std.debug.print("{} ", .{r.boolean()});
    std.debug.print("\n", .{});
}
