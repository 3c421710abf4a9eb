const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("lt: {?}\n", .{math.Order.lt.differ()});
    std.debug.print("eq: {?}\n", .{math.Order.eq.differ()});
    std.debug.print("chain: {}\n", .{math.order(1, 1).differ() orelse math.order(2, 3)});
}
