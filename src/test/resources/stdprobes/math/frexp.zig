const std = @import("std");
const math = std.math;

pub fn main() void {
    const a = math.frexp(@as(f64, 8.0));
    std.debug.print("8: {d} {}\n", .{ a.significand, a.exponent });
    const b = math.frexp(@as(f32, -0.375));
    std.debug.print("-0.375: {d} {}\n", .{ b.significand, b.exponent });
    const c = math.frexp(@as(f64, 0.0));
    std.debug.print("0: {d} {}\n", .{ c.significand, c.exponent });
    const d = math.frexp(@as(f64, 1.0));
    std.debug.print("1: {d} {}\n", .{ d.significand, d.exponent });
}
