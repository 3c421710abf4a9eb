const std = @import("std");

fn sumBetween(lo: usize, hi: usize) usize {
    var total: usize = 0;
    for (lo..hi) |i| total += i;
    return total;
}

pub fn main() void {
    std.debug.print("{d} {d}\n", .{ sumBetween(2, 5), sumBetween(4, 4) });
    const xs = [_]u8{ 1, 2, 3 };
    for (xs[1..], 1..) |x, i| std.debug.print("{d}:{d} ", .{ i, x });
    std.debug.print("\n{d}\n", .{sumBetween(6, 3)});
}
