const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("7/2: {!}\n", .{math.divTrunc(i32, 7, 2)});
    std.debug.print("-7/2: {!}\n", .{math.divTrunc(i32, -7, 2)});
    std.debug.print("by zero: {!}\n", .{math.divTrunc(i32, 1, 0)});
    std.debug.print("min/-1: {!}\n", .{math.divTrunc(i8, -128, -1)});
    std.debug.print("float: {!d}\n", .{math.divTrunc(f64, -7.0, 2.0)});
}
