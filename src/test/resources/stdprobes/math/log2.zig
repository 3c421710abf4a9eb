const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("8: {d}\n", .{math.log2(@as(f64, 8.0))});
    std.debug.print("10: {d:.6}\n", .{math.log2(@as(f64, 10.0))});
    std.debug.print("int 1000: {}\n", .{math.log2(@as(u32, 1000))});
    std.debug.print("0: {d}\n", .{math.log2(@as(f64, 0.0))});
}
