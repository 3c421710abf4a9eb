// @rem and @mod of floats with infinities, zero divisors and NaNs (the NaN signs x86-64 gives).
const std = @import("std");
pub fn main() void {
    var inf = std.math.inf(f64);
    var z: f64 = 0.0;
    var one: f64 = 1.0;
    var n = std.math.nan(f64);
    var fi = std.math.inf(f32);
    _ = &inf;
    _ = &z;
    _ = &one;
    _ = &n;
    _ = &fi;
    std.debug.print("{d} {d} {d} {d} {d} {d}\n", .{ @rem(inf, 2.0), @rem(-inf, 2.0), @rem(one, z), @rem(-one, z), @rem(n, 2.0), @rem(one, n) });
    std.debug.print("{d} {d} {d} {d} {d} {d}\n", .{ @mod(inf, 2.0), @mod(-inf, 2.0), @mod(one, z), @mod(-one, z), @mod(n, 2.0), @mod(one, n) });
    std.debug.print("{d} {d} {d}\n", .{ @rem(fi, 2.0), @rem(-fi, 2.0), @mod(-fi, 2.0) });
}
