const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(1);
    const r = prng.random();
    for (0..5) |_| std.debug.print("{d} ", .{r.floatNorm(f64)});
    std.debug.print("\n", .{});
    for (0..3) |_| std.debug.print("{d} ", .{r.floatNorm(f32)});
    std.debug.print("\n", .{});
    var sum: f64 = 0;
    var sq: f64 = 0;
    for (0..2000) |_| {
        const x = r.floatNorm(f64) * 2.0 + 10.0;
        sum += x;
        sq += x * x;
    }
    const mean = sum / 2000.0;
    std.debug.print("mean {d:.4} var {d:.4}\n", .{ mean, sq / 2000.0 - mean * mean });
}
