const std = @import("std");

fn indexFrom(offset: i32, base: usize) usize {
    const signed: i64 = @as(i64, @intCast(base)) + offset;
    return @intCast(signed);
}

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const items = [_][]const u8{ "a", "b", "c", "d" };
    const moves = [_]i32{ 1, 2, -1, -3, -5 };
    var pos: usize = 1;
    for (moves) |m| {
        pos = indexFrom(m, pos) % items.len;
        try out.print("move {d} -> {s}\n", .{ m, items[pos] });
    }
}
