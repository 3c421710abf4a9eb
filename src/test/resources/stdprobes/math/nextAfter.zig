const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("1 up: {e}\n", .{math.nextAfter(f64, 1.0, 2.0)});
    std.debug.print("1 down: {e}\n", .{math.nextAfter(f64, 1.0, 0.0)});
    std.debug.print("equal: {d}\n", .{math.nextAfter(f32, 3.0, 3.0)});
    std.debug.print("0 up: {e}\n", .{math.nextAfter(f64, 0.0, 1.0)});
    std.debug.print("int: {}\n", .{math.nextAfter(i32, 5, 10)});
}
