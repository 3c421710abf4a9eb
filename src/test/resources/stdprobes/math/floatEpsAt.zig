const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("f64 at 1: {e}\n", .{math.floatEpsAt(f64, 1.0)});
    std.debug.print("f64 at 1024: {e}\n", .{math.floatEpsAt(f64, 1024.0)});
    std.debug.print("f32 at 0: {e}\n", .{math.floatEpsAt(f32, 0.0)});
    std.debug.print("f32 at -2: {e}\n", .{math.floatEpsAt(f32, -2.0)});
}
