const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("0.5 * 2^4: {d}\n", .{math.ldexp(@as(f64, 0.5), 4)});
    std.debug.print("3 * 2^-1: {d}\n", .{math.ldexp(@as(f32, 3.0), -1)});
    std.debug.print("underflow: {d}\n", .{math.ldexp(@as(f64, 1.0), -5000)});
    std.debug.print("inf: {d}\n", .{math.ldexp(math.inf(f64), 3)});
}
