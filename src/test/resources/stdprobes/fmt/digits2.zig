const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("0: {s}\n", .{fmt.digits2(0)});
    std.debug.print("7: {s}\n", .{fmt.digits2(7)});
    std.debug.print("42: {s}\n", .{fmt.digits2(42)});
    std.debug.print("99: {s}\n", .{fmt.digits2(99)});
}
