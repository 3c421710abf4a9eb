const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("-180..180 of 190: {}\n", .{math.wrap(@as(i32, 190), @as(i32, 180))});
    std.debug.print("of -190: {}\n", .{math.wrap(@as(i32, -190), @as(i32, 180))});
    std.debug.print("of 180: {}\n", .{math.wrap(@as(i32, 180), @as(i32, 180))});
    std.debug.print("float 3.5 by 1: {d}\n", .{math.wrap(@as(f64, 3.5), 1.0)});
    std.debug.print("unsigned r: {}\n", .{math.wrap(@as(i32, 7), @as(u8, 5))});
}
