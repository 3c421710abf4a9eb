const std = @import("std");

// Run-time @floor, @ceil, @round, @trunc, @abs, @mulAdd, @divTrunc, @divFloor, @rem, @mod of f32 and f64.
fn show(comptime T: type, xs: []const T) void {
    for (xs) |x| {
        std.debug.print("{s} {d}: floor {d} ceil {d} round {d} trunc {d} abs {d}\n", .{ @typeName(T), x, @floor(x), @ceil(x), @round(x), @trunc(x), @abs(x) });
        std.debug.print("  divTrunc {d} divFloor {d} rem {d} mod {d} mulAdd {e}\n", .{ @divTrunc(x, 2.5), @divFloor(x, 2.5), @rem(x, 2.5), @mod(x, 2.5), @mulAdd(T, x, 0.1, 1.0) });
    }
}

pub fn main() void {
    var a = [_]f64{ 0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 7.0, -7.0, 1e-310, -3.75, 4503599627370497.0, 1e300, -1e300 };
    var b = [_]f32{ 0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 7.0, -7.0, 1e-40, -3.75, 8388609.0, 3e38, -3e38 };
    _ = &a;
    _ = &b;
    show(f64, &a);
    show(f32, &b);
    var inf = std.math.inf(f64);
    _ = &inf;
    std.debug.print("{d} {d} {d} {d}\n", .{ @floor(inf), @round(-inf), @abs(-inf), @trunc(-inf) });
}
