const std = @import("std");

fn mean(xs: []const f64) f64 {
    var s: f64 = 0;
    for (xs) |x| s += x;
    return s / @as(f64, @floatFromInt(xs.len));
}

test "float equality traps" {
    try std.testing.expect(0.1 + 0.2 != 0.3);
    try std.testing.expectApproxEqAbs(@as(f64, 0.3), 0.1 + 0.2, 1e-12);
    try std.testing.expectEqual(@as(f64, 2.5), mean(&.{ 1, 2, 3, 4 }));
}

test "nan never equals" {
    const nan = std.math.nan(f64);
    try std.testing.expect(nan != nan);
    try std.testing.expect(std.math.isNan(mean(&.{})));
}

test "approx fails" {
    try std.testing.expectApproxEqAbs(@as(f64, 3.3), mean(&.{ 3, 3.5 }), 0.01);
}

test "approx rel fails" {
    try std.testing.expectApproxEqRel(@as(f32, 1000), 1010, 0.001);
}

test "equal floats fail" {
    try std.testing.expectEqual(@as(f64, 0.3), 0.1 + 0.2);
}
