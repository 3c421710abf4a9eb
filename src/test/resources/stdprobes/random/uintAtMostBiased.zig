const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(9);
    const r = prng.random();
    for (0..6) |_| std.debug.print("{d} ", .{r.uintAtMostBiased(u8, 6)});
    std.debug.print("\n{d} {d} {d}\n", .{ r.uintAtMostBiased(u8, 255), r.uintAtMostBiased(u16, 0), r.uintAtMostBiased(u64, 99) });
}
