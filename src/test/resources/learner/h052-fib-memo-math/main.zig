const std = @import("std");

fn fib(memo: *std.AutoHashMap(u64, u64), n: u64) !u64 {
    if (n < 2) return n;
    if (memo.get(n)) |v| return v;
    const v = try fib(memo, n - 1) + try fib(memo, n - 2);
    try memo.put(n, v);
    return v;
}

fn collatz(n0: u64) u32 {
    var n = n0;
    var steps: u32 = 0;
    while (n != 1) : (steps += 1) n = if (n % 2 == 0) n / 2 else 3 * n + 1;
    return steps;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var memo = std.AutoHashMap(u64, u64).init(gpa.allocator());
    defer memo.deinit();
    for ([_]u64{ 10, 50, 90, 93 }) |n| std.debug.print("fib({d}) = {d}\n", .{ n, try fib(&memo, n) });
    std.debug.print("memo entries: {d}\n", .{memo.count()});
    var best: u64 = 1;
    var best_steps: u32 = 0;
    for (1..1000) |n| {
        const s = collatz(n);
        if (s > best_steps) {
            best_steps = s;
            best = n;
        }
    }
    std.debug.print("collatz best under 1000: {d} ({d} steps)\n", .{ best, best_steps });
    std.debug.print("gcd={d} lcm={d}\n", .{ std.math.gcd(84, 36), 84 / std.math.gcd(84, 36) * 36 });
    std.debug.print("pow={d} sqrt={d} log2={d} isPow2={}\n", .{ std.math.pow(u64, 3, 20), std.math.sqrt(@as(u64, 1000000)), std.math.log2(@as(u64, 1024)), std.math.isPowerOfTwo(@as(u32, 96)) });
    std.debug.print("fabs={d} floor={d} ceil={d} round={d} trunc={d}\n", .{ @abs(@as(f64, -2.5)), @floor(@as(f64, -2.5)), @ceil(@as(f64, -2.5)), @round(@as(f64, -2.5)), @trunc(@as(f64, -2.5)) });
    std.debug.print("sin={d:.4} cos={d:.4} exp={d:.4} ln={d:.4}\n", .{ @sin(@as(f64, 1)), @cos(@as(f64, 1)), @exp(@as(f64, 1)), @log(@as(f64, 10)) });
    std.debug.print("clamp={d} min3={d}\n", .{ std.math.clamp(@as(i32, 15), -5, 10), @min(@as(i32, 4), -2, 9) });
    std.debug.print("fib(94) = {d}\n", .{try fib(&memo, 94)});
}
