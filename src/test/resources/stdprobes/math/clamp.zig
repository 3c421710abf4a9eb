const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("int in: {}\n", .{math.clamp(@as(i32, 5), -10, 10)});
    std.debug.print("int low: {}\n", .{math.clamp(@as(i32, -50), -10, 10)});
    std.debug.print("int high: {}\n", .{math.clamp(@as(i32, 50), -10, 10)});
    std.debug.print("float: {d}\n", .{math.clamp(@as(f64, 1.5), 0.0, 1.0)});
    std.debug.print("equal bounds: {}\n", .{math.clamp(@as(u8, 3), 7, 7)});
}
