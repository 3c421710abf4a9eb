const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(5);
    const r = prng.random();
    for (0..6) |_| std.debug.print("{d} ", .{r.uintLessThanBiased(u8, 10)});
    std.debug.print("\n", .{});
    for (0..4) |_| std.debug.print("{d} ", .{r.uintLessThanBiased(u32, 1000000)});
    std.debug.print("\n{d}\n", .{r.uintLessThanBiased(u64, 12345678901)});
}
