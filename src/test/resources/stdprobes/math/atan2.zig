const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("(1,1): {d:.6}\n", .{math.atan2(@as(f64, 1.0), 1.0)});
    std.debug.print("(1,-1): {d:.6}\n", .{math.atan2(@as(f64, 1.0), -1.0)});
    std.debug.print("(0,-1): {d:.6}\n", .{math.atan2(@as(f64, 0.0), -1.0)});
    std.debug.print("(0,0): {d}\n", .{math.atan2(@as(f32, 0.0), 0.0)});
    std.debug.print("(-1,0): {d:.6}\n", .{math.atan2(@as(f64, -1.0), 0.0)});
}
