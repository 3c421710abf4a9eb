const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("0: {c}\n", .{fmt.digitToChar(0, .lower)});
    std.debug.print("9: {c}\n", .{fmt.digitToChar(9, .upper)});
    std.debug.print("10 lower: {c}\n", .{fmt.digitToChar(10, .lower)});
    std.debug.print("35 upper: {c}\n", .{fmt.digitToChar(35, .upper)});
}
