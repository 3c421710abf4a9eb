const std = @import("std");

fn average(xs: []const i32) i32 {
    var sum: i32 = 0;
    for (xs) |x| sum += x;
    return @divTrunc(sum, @as(i32, @intCast(xs.len)));
}

pub fn main() void {
    const a = [_]i32{ 4, 8, 15 };
    std.debug.print("{d}\n", .{average(&a)});
    const big = [_]i32{ 2_000_000_000, 2_000_000_000 };
    std.debug.print("{d}\n", .{average(&big)});
}
