const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("1.5 * 2^3: {d}\n", .{math.scalbn(@as(f64, 1.5), 3)});
    std.debug.print("8 * 2^-2: {d}\n", .{math.scalbn(@as(f32, 8.0), -2)});
    std.debug.print("overflow: {d}\n", .{math.scalbn(@as(f64, 1.0), 5000)});
    std.debug.print("zero: {d}\n", .{math.scalbn(@as(f64, 0.0), 10)});
}
