const std = @import("std");
pub fn main() void {
    const xs = [_]u64{ 0, 1, 2147483646, 2147483647, 2147483648, std.math.maxInt(u64) - 1, std.math.maxInt(u64) };
    const ys = [_]i64{ std.math.minInt(i64), -2147483649, -2147483648, -1, 0, 1, 2147483647, 2147483648, std.math.maxInt(i64) };
    var n: u32 = 0;
    for (xs) |x| {
        if (x <= 2147483647) n += 1;
        if (x > 2147483647) n += 10;
        if (x <= std.math.maxInt(u64)) n += 100;
        if (x > std.math.maxInt(u64) - 1) n += 1000;
        if (x <= 0) n += 10000;
        if (x > 0) n += 100000;
        std.debug.print("{d} ", .{n});
    }
    for (ys) |y| {
        if (y <= 2147483647) n += 1;
        if (y > 2147483647) n += 10;
        if (y <= -2147483648) n += 100;
        if (y > -2147483649) n += 1000;
        if (y <= -1) n += 10000;
        if (y > std.math.maxInt(i64) - 1) n += 100000;
        if (2147483647 >= y) n += 3;
        if (-5 < y) n += 7;
        std.debug.print("{d} ", .{n});
    }
    std.debug.print("\n", .{});
}
