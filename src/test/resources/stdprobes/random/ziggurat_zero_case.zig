const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(5);
    const r = prng.random();
    const z = std.Random.ziggurat;
    std.debug.print("{d} {d}\n", .{ z.norm_zero_case(r, -0.5), z.norm_zero_case(r, 0.5) });
    std.debug.print("{d}\n", .{z.exp_zero_case(r, 0.5)});
}
