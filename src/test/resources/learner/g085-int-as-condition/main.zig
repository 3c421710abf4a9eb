const std = @import("std");

pub fn main() void {
    const items = [_]u32{ 3, 0, 7 };
    var count: u32 = 0;
    for (items) |it| {
        if (it) count += 1;
    }
    std.debug.print("{d}\n", .{count});
}
