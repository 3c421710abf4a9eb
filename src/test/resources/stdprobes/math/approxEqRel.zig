const std = @import("std");
const math = std.math;

pub fn main() void {
    const tol = @sqrt(math.floatEps(f64));
    std.debug.print("same: {}\n", .{math.approxEqRel(f64, 1.0, 1.0, tol)});
    std.debug.print("1 vs 0: {}\n", .{math.approxEqRel(f64, 1.0, 0.0, tol)});
    std.debug.print("big close: {}\n", .{math.approxEqRel(f64, 1e10, 1e10 + 1, tol)});
    std.debug.print("inf: {}\n", .{math.approxEqRel(f64, math.inf(f64), math.inf(f64), tol)});
    std.debug.print("nan: {}\n", .{math.approxEqRel(f64, math.nan(f64), 1.0, tol)});
}
