const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("log2 8: {d}\n", .{math.log(f64, 2.0, 8.0)});
    std.debug.print("log10 1000: {d:.6}\n", .{math.log(f64, 10.0, 1000.0)});
    std.debug.print("int log3 81: {}\n", .{math.log(u32, 3, 81)});
    std.debug.print("ln e: {d:.6}\n", .{math.log(f64, math.e, math.e)});
}
