const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("7/2: {!}\n", .{math.divFloor(i32, 7, 2)});
    std.debug.print("-7/2: {!}\n", .{math.divFloor(i32, -7, 2)});
    std.debug.print("by zero: {!}\n", .{math.divFloor(i32, 1, 0)});
    std.debug.print("min/-1: {!}\n", .{math.divFloor(i8, -128, -1)});
}
