const std = @import("std");

fn factorial(n: u8) u32 {
    var acc: u32 = 1;
    var i: u8 = 2;
    while (i <= n) : (i += 1) acc *= i;
    return acc;
}

pub fn main() void {
    var n: u8 = 10;
    while (n <= 14) : (n += 1) {
        std.debug.print("{d}! = {d}\n", .{ n, factorial(n) });
    }
}
