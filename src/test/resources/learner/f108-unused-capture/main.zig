const std = @import("std");

pub fn main() void {
    const names = [_][]const u8{ "ann", "bob" };
    for (names, 0..) |name, i| {
        std.debug.print("hello {s}\n", .{name});
    }
}
