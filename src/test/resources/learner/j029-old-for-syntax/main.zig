const std = @import("std");

pub fn main() void {
    const names = [_][]const u8{ "ann", "bob", "cy" };
    for (names) |name, i| {
        std.debug.print("{d}: {s}\n", .{ i, name });
    }
}
