const std = @import("std");

pub fn main() void {
    const xs = [_]u32{ 1, 2, 3, 4 };
    var ys = [_]u32{ 10, 20, 30 };
    var n: usize = 3;
    _ = &n;
    for (xs[0..n], ys[0..n]) |x, *y| y.* += x;
    std.debug.print("{any}\n", .{ys});
    for (xs[0..n], 0..) |x, i| std.debug.print("{d}:{d} ", .{ i, x });
    std.debug.print("\n", .{});
    var m: usize = 4;
    _ = &m;
    for (xs[0..m], ys[0..]) |x, y| std.debug.print("{d} ", .{x + y});
}
