const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("1000: {d}\n", .{math.log10(@as(f64, 1000.0))});
    std.debug.print("2: {d:.6}\n", .{math.log10(@as(f64, 2.0))});
    std.debug.print("int 999: {}\n", .{math.log10(@as(u32, 999))});
    std.debug.print("-1: {d}\n", .{math.log10(@as(f64, -1.0))});
}
