const std = @import("std");

pub fn main() void {
    var g = std.Random.Sfc64.init(12345);
    const r = g.random();
    std.debug.print("{d} {d} {d:.6}\n", .{ r.intRangeAtMost(u8, 1, 6), r.uintLessThan(u32, 1000), r.float(f64) });
    std.debug.print("{} {d}\n", .{ r.boolean(), r.int(i16) });
}
