const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(77);
    const r = prng.random();
    const w = [_]u32{ 1, 10, 100 };
    var counts = [_]usize{ 0, 0, 0 };
    for (0..1110) |_| counts[r.weightedIndex(u32, &w)] += 1;
    std.debug.print("{any}\n", .{counts});
    for (0..8) |_| std.debug.print("{d} ", .{r.weightedIndex(i8, &.{ 3, 0, 5, 2 })});
    std.debug.print("\n", .{});
    for (0..8) |_| std.debug.print("{d} ", .{r.weightedIndex(f64, &.{ 0.5, 0.25, 0.25 })});
    std.debug.print("\n", .{});
}
