const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(9);
    const r = prng.random();
    for (0..6) |_| std.debug.print("{d} ", .{r.uintAtMost(u8, 6)});
    std.debug.print("\n{d} {d} {d}\n", .{ r.uintAtMost(u8, 255), r.uintAtMost(u16, 0), r.uintAtMost(u64, 99) });
}
