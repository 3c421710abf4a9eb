const std = @import("std");
const testing = std.testing;

const Stats = struct {
    mean: f64,
    min: i32,
    max: i32,
    name: []const u8,
};

const StatsError = error{EmptyInput};

fn stats(name: []const u8, xs: []const i32) StatsError!Stats {
    if (xs.len == 0) return error.EmptyInput;
    var sum: i64 = 0;
    var lo = xs[0];
    var hi = xs[0];
    for (xs) |x| {
        sum += x;
        lo = @min(lo, x);
        hi = @max(hi, x);
    }
    return .{ .mean = @as(f64, @floatFromInt(sum)) / @as(f64, @floatFromInt(xs.len)), .min = lo, .max = hi, .name = name };
}

fn stddev(xs: []const f64) f64 {
    var m: f64 = 0;
    for (xs) |x| m += x;
    m /= @floatFromInt(xs.len);
    var v: f64 = 0;
    for (xs) |x| v += (x - m) * (x - m);
    return @sqrt(v / @as(f64, @floatFromInt(xs.len)));
}

test "stats deep equality" {
    const s = try stats("week", &.{ 3, 9, -1, 5 });
    try testing.expectEqualDeep(Stats{ .mean = 4, .min = -1, .max = 9, .name = "week" }, s);
}

test "empty input is an error" {
    try testing.expectError(error.EmptyInput, stats("none", &.{}));
}

test "stddev approx" {
    try testing.expectApproxEqAbs(@as(f64, 2.0), stddev(&.{ 2, 4, 4, 4, 5, 5, 7, 9 }), 1e-9);
    try testing.expectApproxEqRel(@as(f64, 0.816496), stddev(&.{ 1, 2, 3 }), 1e-5);
}

test "nested slices deep" {
    const a: []const []const u8 = &.{ "ab", "cd" };
    const b: []const []const u8 = &.{ "ab", "cd" };
    try testing.expectEqualDeep(a, b);
}

test "approx fails with tight tolerance" {
    try testing.expectApproxEqAbs(@as(f64, 0.8165), stddev(&.{ 1, 2, 3 }), 1e-6);
}
