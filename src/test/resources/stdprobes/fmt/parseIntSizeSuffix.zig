const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("2G: {!}\n", .{fmt.parseIntSizeSuffix("2G", 10)});
    std.debug.print("2GiB: {!}\n", .{fmt.parseIntSizeSuffix("2GiB", 10)});
    std.debug.print("10kB: {!}\n", .{fmt.parseIntSizeSuffix("10kB", 10)});
    std.debug.print("plain: {!}\n", .{fmt.parseIntSizeSuffix("123", 10)});
    std.debug.print("bad i: {!}\n", .{fmt.parseIntSizeSuffix("5i", 10)});
    std.debug.print("overflow: {!}\n", .{fmt.parseIntSizeSuffix("1Q", 10)});
}
