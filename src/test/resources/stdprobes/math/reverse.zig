const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("lt: {}\n", .{math.CompareOperator.lt.reverse()});
    std.debug.print("gte: {}\n", .{math.CompareOperator.gte.reverse()});
    std.debug.print("eq: {s}\n", .{@tagName(math.CompareOperator.eq.reverse())});
    std.debug.print("neq: {s}\n", .{@tagName(math.CompareOperator.neq.reverse())});
}
