const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("0: {d}\n", .{math.exp2(@as(f64, 0.0))});
    std.debug.print("10: {d}\n", .{math.exp2(@as(f64, 10.0))});
    std.debug.print("-1 f32: {d}\n", .{math.exp2(@as(f32, -1.0))});
    std.debug.print("0.5: {d:.6}\n", .{math.exp2(@as(f64, 0.5))});
}
