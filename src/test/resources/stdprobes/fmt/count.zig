const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("abc: {}\n", .{fmt.count("abc", .{})});
    std.debug.print("int: {}\n", .{fmt.count("{d}", .{-1234})});
    std.debug.print("padded: {}\n", .{fmt.count("{s:>10}", .{"x"})});
    std.debug.print("float: {}\n", .{fmt.count("{d:.3}", .{3.14159})});
    std.debug.print("empty: {}\n", .{fmt.count("", .{})});
}
