const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("2^10: {!}\n", .{math.powi(i32, 2, 10)});
    std.debug.print("overflow: {!}\n", .{math.powi(i8, 2, 7)});
    std.debug.print("-2^7 i8: {!}\n", .{math.powi(i8, -2, 7)});
    std.debug.print("negative exp: {!}\n", .{math.powi(i32, 2, -1)});
    std.debug.print("0^-1: {!}\n", .{math.powi(i32, 0, -1)});
}
