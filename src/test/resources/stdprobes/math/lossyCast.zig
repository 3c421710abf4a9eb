const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("300 to u8: {}\n", .{math.lossyCast(u8, @as(i32, 300))});
    std.debug.print("-5 to u8: {}\n", .{math.lossyCast(u8, @as(i32, -5))});
    std.debug.print("float 3.7 to i32: {}\n", .{math.lossyCast(i32, @as(f64, 3.7))});
    std.debug.print("float 1e20 to i32: {}\n", .{math.lossyCast(i32, @as(f64, 1e20))});
    std.debug.print("int to float: {d}\n", .{math.lossyCast(f32, @as(u64, 16777217))});
    std.debug.print("nan to i32: {}\n", .{math.lossyCast(i32, math.nan(f64))});
}
