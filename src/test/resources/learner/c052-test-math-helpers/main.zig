const std = @import("std");
const testing = std.testing;
const math = std.math;

fn mean(xs: []const f64) ?f64 {
    if (xs.len == 0) return null;
    var s: f64 = 0;
    for (xs) |x| s += x;
    return s / @as(f64, @floatFromInt(xs.len));
}

fn stddev(xs: []const f64) ?f64 {
    const m = mean(xs) orelse return null;
    var s: f64 = 0;
    for (xs) |x| s += (x - m) * (x - m);
    return @sqrt(s / @as(f64, @floatFromInt(xs.len)));
}

fn safeDiv(a: i32, b: i32) error{ DivisionByZero, Overflow }!i32 {
    if (b == 0) return error.DivisionByZero;
    if (a == math.minInt(i32) and b == -1) return error.Overflow;
    return @divTrunc(a, b);
}

fn isqrt(n: u64) u64 {
    if (n < 2) return n;
    var x = n;
    var y = (x + 1) / 2;
    while (y < x) {
        x = y;
        y = (x + n / x) / 2;
    }
    return x;
}

test "mean and stddev" {
    const data = [_]f64{ 2, 4, 4, 4, 5, 5, 7, 9 };
    try testing.expectEqual(@as(?f64, 5), mean(&data));
    try testing.expectApproxEqAbs(@as(f64, 2), stddev(&data).?, 1e-12);
    try testing.expectEqual(@as(?f64, null), stddev(&.{}));
}

test "safe division" {
    try testing.expectEqual(@as(i32, -3), try safeDiv(-7, 2));
    try testing.expectError(error.DivisionByZero, safeDiv(1, 0));
    try testing.expectError(error.Overflow, safeDiv(math.minInt(i32), -1));
}

test "integer square root against floats" {
    for ([_]u64{ 0, 1, 15, 16, 17, 1 << 40, 999_999_999_999 }) |n| {
        const expected: u64 = @intFromFloat(@floor(@sqrt(@as(f64, @floatFromInt(n)))));
        try testing.expectEqual(expected, isqrt(n));
    }
}

test "std.math helpers" {
    try testing.expectEqual(@as(u64, 6), math.gcd(@as(u64, 54), 24));
    try testing.expectEqual(math.Order.lt, math.order(@as(i8, -1), 0));
    try testing.expect(math.isNan(math.nan(f32)));
    try testing.expectApproxEqRel(math.e, @exp(@as(f64, 1)), 1e-15);
    try testing.expectEqual(@as(u5, 4), math.log2_int(u32, 31));
}
