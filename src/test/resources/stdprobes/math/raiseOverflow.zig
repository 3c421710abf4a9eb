const std = @import("std");
const math = std.math;

pub fn main() void {
    math.raiseOverflow();
    std.debug.print("raised: ok\n", .{});
}
