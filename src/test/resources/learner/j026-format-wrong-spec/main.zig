const std = @import("std");

const Item = struct { name: []const u8, count: u32 };

pub fn main() void {
    const items = [_]Item{ .{ .name = "bolt", .count = 12 }, .{ .name = "nut", .count = 30 } };
    for (items) |it| {
        std.debug.print("{s:<8} {s}\n", .{ it.name, it.count });
    }
}
