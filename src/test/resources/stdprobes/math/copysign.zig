const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("3 with -: {d}\n", .{math.copysign(@as(f64, 3.0), -1.0)});
    std.debug.print("-3 with +: {d}\n", .{math.copysign(@as(f64, -3.0), 1.0)});
    std.debug.print("2 with -0: {d}\n", .{math.copysign(@as(f32, 2.0), -0.0)});
    std.debug.print("inf with -: {d}\n", .{math.copysign(math.inf(f64), -5.0)});
}
