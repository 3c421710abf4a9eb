const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(8);
    const r = prng.random();
    const z = std.Random.ziggurat;
    for (0..4) |_| std.debug.print("{d} ", .{z.next_f64(r, z.NormDist)});
    std.debug.print("\n", .{});
    for (0..4) |_| std.debug.print("{d} ", .{z.next_f64(r, z.ExpDist)});
    std.debug.print("\n", .{});
}
