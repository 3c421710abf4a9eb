const std = @import("std");

test "too far" {
    try std.testing.expectApproxEqAbs(@as(f32, 1.0), 1.5, 0.1);
}

test "zero tolerance" {
    try std.testing.expectApproxEqAbs(@as(f64, 2.0), 2.25, 0.0);
}
