const std = @import("std");

const limit: usize = 3;

fn firstEven(items: []const u32) ?u32 {
    for (items) |item| {
        if (item % 2 == 0) return item;
    }
    return null;
}

pub fn main() void {
    const data = [_]u32{ 1, 3, 8, 5 };
    if (firstEven(&data)) |found| {
        std.debug.print("found an even number\n", .{});
    }
    var limit: usize = 0;
    while (limit < data.len) : (limit += 1) {
        std.debug.print("{d}\n", .{data[limit]});
    }
}
