const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    comptime fmt.invalidFmtError("q", @as(u8, 1));
    std.debug.print("unreachable\n", .{});
}
