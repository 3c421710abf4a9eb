const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("8/2: {!}\n", .{math.divExact(i32, 8, 2)});
    std.debug.print("7/2: {!}\n", .{math.divExact(i32, 7, 2)});
    std.debug.print("by zero: {!}\n", .{math.divExact(i32, 1, 0)});
    std.debug.print("min/-1: {!}\n", .{math.divExact(i8, -128, -1)});
}
