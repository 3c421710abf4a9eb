const std = @import("std");

fn toPercent(part: u32, whole: u32) u8 {
    const p = part * 100 / whole;
    return @intCast(p);
}

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const data = [_][2]u32{ .{ 1, 4 }, .{ 3, 3 }, .{ 9, 2 }, .{ 50, 10 } };
    for (data) |d| {
        const pct = toPercent(d[0], d[1]);
        try out.print("{d}/{d} = {d}%\n", .{ d[0], d[1], pct });
    }
}
