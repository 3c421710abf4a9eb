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

fn digitSum(x: u128) u32 {
    var v = x;
    var s: u32 = 0;
    while (v > 0) : (v /= 10) s += @intCast(v % 10);
    return s;
}

pub fn main() void {
    for ([_]u8{ 0, 5, 20, 25, 34 }) |n| {
        const f = factorial(n);
        std.debug.print("{d}! = {d} (digit sum {d})\n", .{ n, f, digitSum(f) });
    }
    for ([_]u32{ 10, 90, 150, 185 }) |n| {
        std.debug.print("fib({d}) = {d}\n", .{ n, fib(n) });
    }
    const max = std.math.maxInt(u128);
    std.debug.print("u128 max = {d}\n", .{max});
    std.debug.print("bits of fib(185): {d}\n", .{128 - @clz(fib(185))});
    // find the first factorial that overflows u128
    var acc: u128 = 1;
    var n: u128 = 1;
    while (true) : (n += 1) {
        const r = @mulWithOverflow(acc, n);
        if (r[1] != 0) {
            std.debug.print("{d}! overflows u128\n", .{n});
            break;
        }
        acc = r[0];
    }
    std.debug.print("35! = {d}\n", .{factorial(35)});
}
