const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("2^10: {d}\n", .{math.pow(f64, 2.0, 10.0)});
    std.debug.print("int 3^4: {}\n", .{math.pow(i32, 3, 4)});
    std.debug.print("4^0.5: {d}\n", .{math.pow(f64, 4.0, 0.5)});
    std.debug.print("x^0: {d}\n", .{math.pow(f32, 123.0, 0.0)});
    std.debug.print("2^-1: {d}\n", .{math.pow(f64, 2.0, -1.0)});
}
