const std = @import("std");

const Stats = struct { sum: i64 = 0, n: u32 = 0 };

fn mean(s: Stats) i64 {
    return @divTrunc(s.sum, s.n);
}

pub fn main() void {
    var groups = [_]Stats{ .{}, .{}, .{} };
    const data = [_]i64{ 5, -3, 12, 7, 0, 9, -8 };
    for (data, 0..) |v, i| {
        if (i % 3 == 2) continue;
        const g = &groups[i % 3];
        g.sum += v;
        g.n += 1;
    }
    for (groups, 0..) |g, i| std.debug.print("group {d}: sum={d} n={d}\n", .{ i, g.sum, g.n });
    std.debug.print("mean0={d} rem={d} mod={d}\n", .{ mean(groups[0]), @rem(groups[0].sum, 3), @mod(groups[0].sum, 3) });
    for (groups) |g| std.debug.print("mean={d}\n", .{mean(g)});
}
