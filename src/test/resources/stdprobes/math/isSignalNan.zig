const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("snan: {}\n", .{math.isSignalNan(math.snan(f64))});
    std.debug.print("qnan: {}\n", .{math.isSignalNan(math.nan(f64))});
    std.debug.print("1.0: {}\n", .{math.isSignalNan(@as(f32, 1.0))});
}
