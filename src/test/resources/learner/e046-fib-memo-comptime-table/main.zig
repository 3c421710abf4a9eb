const std = @import("std");

fn fib(n: u32) u64 {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

fn memoFib(memo: []?u64, n: u32) u64 {
    if (memo[n]) |v| return v;
    const v: u64 = if (n < 2) n else memoFib(memo, n - 1) + memoFib(memo, n - 2);
    memo[n] = v;
    return v;
}

const table = blk: {
    var t: [10]u32 = undefined;
    for (&t, 0..) |*e, i| e.* = @intCast(i * i);
    break :blk t;
};

pub fn main() !void {
    std.debug.print("fib(20)={d}\n", .{fib(20)});
    var memo = [_]?u64{null} ** 91;
    std.debug.print("fib(90)={d}\n", .{memoFib(&memo, 90)});
    std.debug.print("{any}\n", .{table});
    const ct = comptime fib(8);
    std.debug.print("comptime {d}\n", .{ct});
    var sum: u64 = 0;
    for (table) |t| sum += t;
    std.debug.print("sum {d} avg {d:.2}\n", .{ sum, @as(f64, @floatFromInt(sum)) / table.len });
    const big: u64 = std.math.maxInt(u64);
    std.debug.print("{d} {}\n", .{ big, std.math.add(u64, big, 1) });
    const r = std.math.mul(u32, 70000, 70000) catch |e| blk: {
        std.debug.print("{}\n", .{e});
        break :blk 0;
    };
    std.debug.print("{d}\n", .{r});
}
