const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("lt lt: {}\n", .{math.Order.lt.compare(.lt)});
    std.debug.print("lt lte: {}\n", .{math.Order.lt.compare(.lte)});
    std.debug.print("eq neq: {}\n", .{math.Order.eq.compare(.neq)});
    std.debug.print("gt gte: {}\n", .{math.Order.gt.compare(.gte)});
    std.debug.print("eq eq: {}\n", .{math.Order.eq.compare(.eq)});
}
