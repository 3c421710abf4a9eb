const std = @import("std");

// Roll two dice many times and print a histogram of the sums.
pub fn main() !void {
    var prng = std.Random.DefaultPrng.init(2024);
    const rand = prng.random();

    var counts = [_]u32{0} ** 13;
    const rolls: u32 = 3600;
    var i: u32 = 0;
    while (i < rolls) : (i += 1) {
        const a = rand.intRangeAtMost(u8, 1, 6);
        const b = rand.intRangeAtMost(u8, 1, 6);
        counts[a + b] += 1;
    }

    const stdout = std.io.getStdOut().writer();
    try stdout.print("sum  count  share\n", .{});
    var total: u32 = 0;
    for (counts[2..], 2..) |c, sum| {
        total += c;
        const share = @as(f64, @floatFromInt(c)) / @as(f64, @floatFromInt(rolls)) * 100.0;
        try stdout.print("{d:>3}  {d:>5}  {d:>5.2}% ", .{ sum, c, share });
        var stars = c / 20;
        while (stars > 0) : (stars -= 1) try stdout.writeAll("*");
        try stdout.writeAll("\n");
    }
    try stdout.print("total {d}\n", .{total});

    var sum_all: u64 = 0;
    for (counts, 0..) |c, s| sum_all += @as(u64, c) * s;
    try stdout.print("average {d:.3}\n", .{@as(f64, @floatFromInt(sum_all)) / @as(f64, @floatFromInt(rolls))});
}
