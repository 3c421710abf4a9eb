const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("-5: {}\n", .{math.sign(@as(i32, -5))});
    std.debug.print("0: {}\n", .{math.sign(@as(i32, 0))});
    std.debug.print("u8 7: {}\n", .{math.sign(@as(u8, 7))});
    std.debug.print("-2.5: {d}\n", .{math.sign(@as(f64, -2.5))});
    std.debug.print("comptime: {}\n", .{math.sign(9)});
}
