const std = @import("std");

fn total(prices: []const u32) u32 {
    var sum: u32 = 0;
    for (prices) |p| sum += p;
    return sum;
}

pub fn main() void {
    const prices = [_]u32{ 120, 45, 999 };
    const t = total(&prices);
    std.debug.print("total: {d}\n", t);
}
