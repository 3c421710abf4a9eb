const std = @import("std");
pub fn main() void {
    const a: f64 = 0.1 + 0.2;
    std.debug.print("{d} {d} {}\n", .{ a, 1.0 / 3.0, 2.0 / 3.0 });
    std.debug.print("{d} {e} {d:.3}\n", .{ std.math.pi, std.math.e, 0.1 + 0.2 });
    const b: f32 = 0.1 + 0.2;
    std.debug.print("{d} {d}\n", .{ b, @as(f32, 1.0 / 3.0) });
    const c = 1e20 * 3.0;
    const i: u128 = c;
    std.debug.print("{d} {d} {}\n", .{ i, c, c == 3e20 });
    std.debug.print("{d} {d} {d}\n", .{ @floor(2.7), @round(-2.5), -0.1 });
    std.debug.print("{} {}\n", .{ 0.1 + 0.2 == 0.3, @as(f64, 0.1) + 0.2 == 0.3 });
    const x = 0x1.8p3;
    std.debug.print("{d} {d}\n", .{ x, 1.0e-3 / 7.0 });
}
