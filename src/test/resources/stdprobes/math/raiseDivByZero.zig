const std = @import("std");
const math = std.math;

pub fn main() void {
    math.raiseDivByZero();
    std.debug.print("raised: ok\n", .{});
}
