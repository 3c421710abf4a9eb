const std = @import("std");

// Factorials outgrow u64 at 21!, so a learner reaches for u128.
fn factorial(n: u32) u128 {
    var result: u128 = 1;
    var i: u32 = 2;
    while (i <= n) : (i += 1) {
        result *= i;
    }
    return result;
}

pub fn main() void {
    for ([_]u32{ 5, 20, 21, 25, 30, 34 }) |n| {
        std.debug.print("{d:>2}! = {d}\n", .{ n, factorial(n) });
    }
    const f30 = factorial(30);
    std.debug.print("30! in hex: 0x{x}\n", .{f30});
    std.debug.print("trailing zero bits of 30!: {d}\n", .{@ctz(f30)});
    std.debug.print("30! / 28! = {d}\n", .{f30 / factorial(28)});
    std.debug.print("30! fits in u64? {}\n", .{f30 <= std.math.maxInt(u64)});
    std.debug.print("size of u128: {d} bytes, align {d}\n", .{ @sizeOf(u128), @alignOf(u128) });
}
