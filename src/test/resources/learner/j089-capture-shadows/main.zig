const std = @import("std");

pub fn main() void {
    const items = [_][]const u8{ "pen", "ink" };
    for (items) |items| {
        std.debug.print("{s}\n", .{items});
    }
}
