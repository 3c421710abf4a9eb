const std = @import("std");

fn fib(memo: *std.AutoHashMap(u64, u64), n: u64) !u64 {
    if (n < 2) return n;
    if (memo.get(n)) |v| return v;
    const v = try fib(memo, n - 1) + try fib(memo, n - 2);
    try memo.put(n, v);
    return v;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var memo = std.AutoHashMap(u64, u64).init(gpa.allocator());
    defer memo.deinit();
    for ([_]u64{ 10, 50, 90, 93 }) |n| {
        std.debug.print("fib({d}) = {d}\n", .{ n, try fib(&memo, n) });
    }
    std.debug.print("memo size {d}\n", .{memo.count()});
    std.debug.print("fib(94) = {d}\n", .{try fib(&memo, 94)});
}
