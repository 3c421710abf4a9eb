const std = @import("std");

fn fib(n: u32) u32 {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

pub fn main() void {
    // a function called where only a compile-time value will do
    var table: [fib(6)]u16 = undefined;
    for (&table, 0..) |*t, i| t.* = @intCast(i * 3);

    // a block run by the compiler, loops and all
    const sum = comptime blk: {
        var j: u32 = 0;
        var s: u32 = 0;
        while (j < 10) : (j += 1) s += j;
        break :blk s;
    };
    const first_over_50: u8 = comptime blk: {
        var k: u8 = 1;
        while (true) {
            k *= 2;
            if (k > 50) break;
        }
        break :blk k;
    };
    std.debug.print("{d} {any} {d} {d} {d}\n", .{ table.len, table, sum, first_over_50, comptime fib(12) });
}
