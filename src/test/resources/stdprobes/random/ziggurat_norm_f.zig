const std = @import("std");

pub fn main() void {
    const z = std.Random.ziggurat;
    std.debug.print("{d} {d} {d}\n", .{ z.norm_f(0), z.norm_f(1), z.norm_f(2.5) });
    std.debug.print("{d} {d}\n", .{ z.norm_f_inv(0.5), z.norm_f_inv(0.01) });
    std.debug.print("{d} {d}\n", .{ z.exp_f(1), z.exp_f_inv(0.25) });
}
