const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("2.1: {d}\n", .{math.ceil(@as(f64, 2.1))});
    std.debug.print("-2.7: {d}\n", .{math.ceil(@as(f64, -2.7))});
    std.debug.print("3 f32: {d}\n", .{math.ceil(@as(f32, 3.0))});
}
