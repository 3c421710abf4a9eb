const std = @import("std");

pub fn main() void {
    const scores = [_]u32{ 10, 20, 30 };
    for (scores, 0..) |s, i| {
        if (s > 15) scores[i] = 15;
    }
    std.debug.print("{any}\n", .{scores});
}
