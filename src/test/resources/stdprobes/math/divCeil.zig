const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("7/2: {!}\n", .{math.divCeil(i32, 7, 2)});
    std.debug.print("-7/2: {!}\n", .{math.divCeil(i32, -7, 2)});
    std.debug.print("u32 7/2: {!}\n", .{math.divCeil(u32, 7, 2)});
    std.debug.print("by zero: {!}\n", .{math.divCeil(i32, 1, 0)});
    std.debug.print("float: {!d}\n", .{math.divCeil(f64, 7.0, 2.0)});
}
