const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("8: {}\n", .{math.ilogb(@as(f64, 8.0))});
    std.debug.print("0.3: {}\n", .{math.ilogb(@as(f32, 0.3))});
    std.debug.print("1: {}\n", .{math.ilogb(@as(f64, 1.0))});
    std.debug.print("0: {}\n", .{math.ilogb(@as(f64, 0.0))});
    std.debug.print("inf: {}\n", .{math.ilogb(math.inf(f64))});
}
