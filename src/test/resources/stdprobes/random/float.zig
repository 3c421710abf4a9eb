const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(1);
    const r = prng.random();
    for (0..4) |_| std.debug.print("{d} ", .{r.float(f64)});
    std.debug.print("\n", .{});
    for (0..4) |_| std.debug.print("{d} ", .{r.float(f32)});
    std.debug.print("\n", .{});
    var sum: f64 = 0;
    for (0..1000) |_| sum += r.float(f64);
    std.debug.print("mean {d:.6}\n", .{sum / 1000.0});
}
