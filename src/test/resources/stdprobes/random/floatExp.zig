const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(1);
    const r = prng.random();
    for (0..5) |_| std.debug.print("{d} ", .{r.floatExp(f64)});
    std.debug.print("\n", .{});
    for (0..3) |_| std.debug.print("{d} ", .{r.floatExp(f32)});
    std.debug.print("\n", .{});
    var sum: f64 = 0;
    for (0..2000) |_| sum += r.floatExp(f64) / 4.0;
    std.debug.print("mean {d:.4}\n", .{sum / 2000.0});
}
