const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(2024);
    const r = prng.random();
    for (0..10) |_| std.debug.print("{d} ", .{r.intRangeAtMostBiased(u8, 1, 6)});
    std.debug.print("\n", .{});
    for (0..5) |_| std.debug.print("{d} ", .{r.intRangeAtMostBiased(i16, -300, 300)});
    std.debug.print("\n{d}\n", .{r.intRangeAtMostBiased(i8, -128, 127)});
}
