const std = @import("std");
const math = std.math;

pub fn main() void {
    math.raiseInvalid();
    std.debug.print("raised: ok\n", .{});
    std.debug.print("result: {}\n", .{@TypeOf(math.raiseInvalid())});
}
