const std = @import("std");
const testing = std.testing;

fn triangular(comptime n: usize) [n]u32 {
    var t: [n]u32 = undefined;
    var acc: u32 = 0;
    for (0..n) |i| {
        acc += @intCast(i);
        t[i] = acc;
    }
    return t;
}

const tri = triangular(10);

fn digitSum(x: u32) u32 {
    var s: u32 = 0;
    var v = x;
    while (v > 0) : (v /= 10) s += v % 10;
    return s;
}

test "first triangular numbers" {
    try testing.expectEqual(@as(u32, 0), tri[0]);
    try testing.expectEqual(@as(u32, 1), tri[1]);
    try testing.expectEqual(@as(u32, 3), tri[2]);
}

test "digit sums" {
    try testing.expectEqual(@as(u32, 6), digitSum(123));
    try testing.expectEqual(@as(u32, 0), digitSum(0));
}

test "tenth triangular number" {
    // T(10) = 55, but the table starts at T(0)
    try testing.expectEqual(@as(u32, 55), tri[9]);
}
