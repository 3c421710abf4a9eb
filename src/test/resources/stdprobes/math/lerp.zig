const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("0..10 at 0.5: {d}\n", .{math.lerp(@as(f64, 0.0), 10.0, 0.5)});
    std.debug.print("at 0: {d}\n", .{math.lerp(@as(f64, 2.0), 4.0, 0.0)});
    std.debug.print("at 1: {d}\n", .{math.lerp(@as(f32, 2.0), 4.0, 1.0)});
    std.debug.print("at 2: {d}\n", .{math.lerp(@as(f64, 0.0), 1.0, 2.0)});
}
