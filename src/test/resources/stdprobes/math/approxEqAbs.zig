const std = @import("std");
const math = std.math;

pub fn main() void {
    const eps = math.floatEps(f64);
    std.debug.print("zeros: {}\n", .{math.approxEqAbs(f64, 0.0, -0.0, eps)});
    std.debug.print("1+eps: {}\n", .{math.approxEqAbs(f64, 1.0 + eps, 1.0, eps)});
    std.debug.print("1+2eps: {}\n", .{math.approxEqAbs(f64, 1.0 + 2 * eps, 1.0, eps)});
    std.debug.print("nan: {}\n", .{math.approxEqAbs(f32, math.nan(f32), math.nan(f32), 1.0)});
    std.debug.print("0.1+0.2: {}\n", .{math.approxEqAbs(f64, 0.1 + 0.2, 0.3, 1e-9)});
}
