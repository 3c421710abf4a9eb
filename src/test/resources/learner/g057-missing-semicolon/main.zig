const std = @import("std");

pub fn main() void {
    const names = [_][]const u8{ "a", "b" };
    for (names) |n| {
        std.debug.print("{s}\n", .{n})
    }
}
