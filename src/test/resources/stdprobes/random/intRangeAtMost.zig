const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(2024);
    const r = prng.random();
    for (0..10) |_| std.debug.print("{d} ", .{r.intRangeAtMost(u8, 1, 6)});
    std.debug.print("\n", .{});
    for (0..5) |_| std.debug.print("{d} ", .{r.intRangeAtMost(i16, -300, 300)});
    std.debug.print("\n{d} {d}\n", .{ r.intRangeAtMost(i8, -128, 127), r.intRangeAtMost(usize, 7, 7) });
}
