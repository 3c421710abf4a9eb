const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("3,4: {d}\n", .{math.hypot(@as(f64, 3.0), 4.0)});
    std.debug.print("5,12 f32: {d}\n", .{math.hypot(@as(f32, 5.0), 12.0)});
    std.debug.print("inf,nan: {d}\n", .{math.hypot(math.inf(f64), math.nan(f64))});
    std.debug.print("0,0: {d}\n", .{math.hypot(@as(f64, 0.0), 0.0)});
}
