const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(13);
    const r = prng.random();
    for (0..6) |_| std.debug.print("{d} ", .{r.intRangeLessThanBiased(i32, -5, 5)});
    std.debug.print("\n", .{});
    for (0..4) |_| std.debug.print("{d} ", .{r.intRangeLessThanBiased(u8, 100, 200)});
    std.debug.print("\n{d}\n", .{r.intRangeLessThanBiased(i64, -1000000000000, 1000000000000)});
}
