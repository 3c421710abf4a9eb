const std = @import("std");

fn factorial(n: u8) u128 {
    var acc: u128 = 1;
    var i: u128 = 2;
    while (i <= n) : (i += 1) acc *= i;
    return acc;
}

fn fib(n: u32) u128 {
    var a: u128 = 0;
    var b: u128 = 1;
    for (0..n) |_| {
        const next = a + b;
        a = b;
        b = next;
    }
    return a;
}

fn binomial(n: u32, k: u32) u128 {
    var result: u128 = 1;
    var i: u32 = 0;
    while (i < k) : (i += 1) {
        result = result * (n - i) / (i + 1);
    }
    return result;
}

pub fn main() void {
    for ([_]u8{ 20, 25, 30, 34 }) |n| {
        std.debug.print("{d}! = {d}\n", .{ n, factorial(n) });
    }
    std.debug.print("fib(150) = {d}\n", .{fib(150)});
    std.debug.print("C(100, 50) = {d}\n", .{binomial(100, 50)});
    std.debug.print("max u128 = {d}\n", .{std.math.maxInt(u128)});
    std.debug.print("min i128 = {d}\n", .{std.math.minInt(i128)});

    const x: i128 = -170141183460469231731687303715884105;
    std.debug.print("x / 7 = {d}, x % 7 = {d}\n", .{ @divTrunc(x, 7), @rem(x, 7) });
    std.debug.print("floor div {d}, mod {d}\n", .{ @divFloor(x, 7), @mod(x, 7) });

    const wide = @as(u128, std.math.maxInt(u64)) * std.math.maxInt(u64);
    std.debug.print("(2^64-1)^2 = {d}\n", .{wide});
    std.debug.print("hi word {x}, lo word {x}\n", .{ @as(u64, @truncate(wide >> 64)), @as(u64, @truncate(wide)) });
    std.debug.print("35! overflow? {}\n", .{@mulWithOverflow(factorial(34), 35)[1] == 1});
}
