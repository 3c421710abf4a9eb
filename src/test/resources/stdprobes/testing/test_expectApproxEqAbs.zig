const std = @import("std");

test "expectApproxEqAbs passes" {
    try std.testing.expectApproxEqAbs(@as(f32, 1.0), 1.05, 0.1);
    std.debug.print("f32 within 0.1: ok\n", .{});
    try std.testing.expectApproxEqAbs(@as(f64, -12.0), -12.06, 0.1);
    std.debug.print("f64 negative: ok\n", .{});
    try std.testing.expectApproxEqAbs(@as(f64, 0.5), 0.5, 0.0);
    std.debug.print("zero tolerance exact: ok\n", .{});
}
