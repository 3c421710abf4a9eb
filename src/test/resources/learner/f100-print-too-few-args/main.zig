const std = @import("std");

const Item = struct { name: []const u8, qty: u32 };

pub fn main() void {
    const items = [_]Item{ .{ .name = "a", .qty = 1 }, .{ .name = "b", .qty = 2 } };
    for (items) |it| {
        std.debug.print("{s}: {d} in stock ({d}%)\n", .{ it.name, it.qty });
    }
}
