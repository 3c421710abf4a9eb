const std = @import("std");

pub fn main() void {
    var seed: [std.Random.DefaultCsprng.secret_seed_length]u8 = undefined;
    for (&seed, 0..) |*b, i| b.* = @intCast(i);
    var csprng = std.Random.DefaultCsprng.init(seed);
    const r = csprng.random();
    std.debug.print("{x} {x}\n", .{ r.int(u64), r.int(u64) });
    std.debug.print("{d} {d:.6} {}\n", .{ r.intRangeAtMost(u8, 1, 6), r.float(f64), r.boolean() });
    std.debug.print("{s}\n", .{@typeName(std.Random.DefaultCsprng)});
}
