const std = @import("std");

pub fn main() void {
    var g = std.Random.ChaCha.init([_]u8{42} ** 32);
    const r = g.random();
    for (0..5) |_| std.debug.print("{d} ", .{r.intRangeLessThan(u16, 0, 1000)});
    std.debug.print("\n{d:.6} {d:.6}\n", .{ r.float(f64), r.floatNorm(f64) });
}
