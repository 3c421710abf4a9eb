const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("lt: {}\n", .{math.Order.lt.invert()});
    std.debug.print("eq: {}\n", .{math.Order.eq.invert()});
    std.debug.print("gt: {s}\n", .{@tagName(math.Order.gt.invert())});
}
