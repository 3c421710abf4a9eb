const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("f32: {e}\n", .{math.floatMin(f32)});
    std.debug.print("f64: {e}\n", .{math.floatMin(f64)});
    std.debug.print("f16: {e}\n", .{math.floatMin(f16)});
}
