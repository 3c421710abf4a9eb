const std = @import("std");
const expect = std.testing.expect;
const tau = 2.0 * std.math.pi;
const third = 1.0 / 3.0;

test "comptime floats fold at f128" {
    try std.testing.expectEqual(@as(f64, 0.3), 0.1 + 0.2);
    try expect(third * 3.0 == 1.0);
    const deg: f64 = 180.0;
    const rad = deg * std.math.pi / 180.0;
    try std.testing.expectApproxEqAbs(std.math.pi, rad, 1e-12);
    std.debug.print("tau {d} {e:.5} {d:.10}\n", .{ tau, tau, third });
    std.debug.print("mix {d} {d} {d}\n", .{ 7.0 / 2.0, 1e30 + 1.0, 2.5e-5 * 4 });
    std.debug.print("f32 {d} {d}\n", .{ @as(f32, tau), @as(f16, third) });
}

test "big literals" {
    const big = 123456789012345678901234567890.0;
    std.debug.print("{d} {e}\n", .{ big, big });
    const n: u128 = 1e30;
    std.debug.print("{d}\n", .{n});
    try expect(0.1 + 0.2 != 0.3);
}
