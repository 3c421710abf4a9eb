const std = @import("std");

fn fib(n: u64) u64 {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

fn factorial(n: u64) u64 {
    var acc: u64 = 1;
    var i: u64 = 2;
    while (i <= n) : (i += 1) acc *= i;
    return acc;
}

const fib_20 = blk: {
    @setEvalBranchQuota(100_000);
    break :blk fib(20);
};
const fact_15 = factorial(15);

fn firstFibs(comptime n: usize) [n]u64 {
    @setEvalBranchQuota(10_000);
    comptime var out: [n]u64 = undefined;
    comptime var i: usize = 0;
    inline while (i < n) : (i += 1) {
        out[i] = comptime fib(i);
    }
    return out;
}

fn powersOfTwo(comptime count: usize) [count]u32 {
    var out: [count]u32 = undefined;
    comptime var p: u32 = 1;
    inline for (0..count) |i| {
        out[i] = p;
        p *= 2;
    }
    return out;
}

pub fn main() void {
    std.debug.print("fib(20) = {d}\n", .{fib_20});
    std.debug.print("15! = {d}\n", .{fact_15});
    const fibs = comptime firstFibs(12);
    std.debug.print("fibs: {any}\n", .{fibs});
    std.debug.print("powers: {any}\n", .{powersOfTwo(10)});

    comptime var names: []const u8 = "";
    comptime var k = 0;
    inline while (k < 4) : (k += 1) {
        names = names ++ [_]u8{'a' + k} ++ "!";
    }
    std.debug.print("built at comptime: {s} (len {d})\n", .{ names, names.len });

    var runtime_n: u64 = 10;
    runtime_n += 5;
    std.debug.print("runtime fib({d}) = {d}, comptime? {}\n", .{ runtime_n, fib(runtime_n), @inComptime() });
}
