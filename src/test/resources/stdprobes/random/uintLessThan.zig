const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(5);
    const r = prng.random();
    for (0..6) |_| std.debug.print("{d} ", .{r.uintLessThan(u8, 10)});
    std.debug.print("\n", .{});
    for (0..4) |_| std.debug.print("{d} ", .{r.uintLessThan(u32, 1000000)});
    std.debug.print("\n", .{});
    for (0..3) |_| std.debug.print("{d} ", .{r.uintLessThan(u64, 1 << 63)});
    std.debug.print("\n{d} {d}\n", .{ r.uintLessThan(usize, 1), r.uintLessThan(u8, 255) });
}
