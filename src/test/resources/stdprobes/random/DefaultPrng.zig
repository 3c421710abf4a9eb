const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(0);
    const r = prng.random();
    std.debug.print("{d} {d} {d}\n", .{ r.int(u64), r.intRangeAtMost(i32, 1, 100), r.float(f32) });
    std.debug.print("{s}\n", .{@typeName(std.Random.DefaultPrng)});
}
