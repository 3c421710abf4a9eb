const std = @import("std");

test "expectApproxEqRel passes" {
    try std.testing.expectApproxEqRel(@as(f64, 100.0), 101.0, 0.05);
    std.debug.print("1 percent off within 5: ok\n", .{});
    try std.testing.expectApproxEqRel(@as(f32, -8.0), -8.0, 1e-9);
    std.debug.print("equal: ok\n", .{});
    try std.testing.expectApproxEqRel(@as(f64, 1e10), 1.0000001e10, 1e-6);
    std.debug.print("large: ok\n", .{});
}
