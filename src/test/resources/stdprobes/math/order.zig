const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("1,2: {}\n", .{math.order(1, 2)});
    std.debug.print("ints: {}\n", .{math.order(@as(i32, 5), @as(u8, 5))});
    std.debug.print("floats: {}\n", .{math.order(@as(f64, 2.5), 1.5)});
    std.debug.print("neg vs unsigned: {}\n", .{math.order(@as(i8, -1), @as(u8, 0))});
}
