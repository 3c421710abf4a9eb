const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(13);
    const r = prng.random();
    for (0..6) |_| std.debug.print("{d} ", .{r.intRangeLessThan(i32, -5, 5)});
    std.debug.print("\n", .{});
    for (0..4) |_| std.debug.print("{d} ", .{r.intRangeLessThan(u8, 100, 200)});
    std.debug.print("\n{d} {d}\n", .{ r.intRangeLessThan(i64, -1000000000000, 1000000000000), r.intRangeLessThan(i8, -128, 127) });
}
