const std = @import("std");

const Group = struct { name: []const u8, scores: []const i32 };

fn mean(g: Group) i32 {
    var total: i32 = 0;
    for (g.scores) |s| total += s;
    return @divTrunc(total, @as(i32, @intCast(g.scores.len)));
}

pub fn main() void {
    const groups = [_]Group{
        .{ .name = "red", .scores = &.{ 3, 5, 10 } },
        .{ .name = "blue", .scores = &.{-4} },
        .{ .name = "green", .scores = &.{} },
    };
    for (groups) |g| std.debug.print("{s}: {d}\n", .{ g.name, mean(g) });
}
