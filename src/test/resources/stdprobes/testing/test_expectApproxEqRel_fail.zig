const std = @import("std");

test "ten percent" {
    try std.testing.expectApproxEqRel(@as(f64, 100.0), 110.0, 0.05);
}

test "f32" {
    try std.testing.expectApproxEqRel(@as(f32, 1.0), 2.0, 0.25);
}
