const std = @import("std");
var ys = [_]u32{ 10, 20, 30 };
pub fn main() void {
    const xs = [_]u32{ 1, 2, 3, 4 };
    var m: usize = 3;
    _ = &m;
    for (xs[0..m], ys[0..]) |a, b| std.debug.print("{d} {d}\n", .{ a, b });
    for (xs[0..m], 0..m) |a, i| std.debug.print("{d}:{d}\n", .{ i, a });
    for (xs[0..m], 0..m + 1) |a, i| std.debug.print("{d}:{d}\n", .{ i, a });
}
