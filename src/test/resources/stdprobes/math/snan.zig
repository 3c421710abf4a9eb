const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("isNan: {}\n", .{math.isNan(math.snan(f64))});
    std.debug.print("isSignalNan: {}\n", .{math.isSignalNan(math.snan(f32))});
    std.debug.print("print: {}\n", .{math.snan(f64)});
}
