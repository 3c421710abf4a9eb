const std = @import("std");

fn triangle(n: u16) u16 {
    var total: u16 = 0;
    var i: u16 = 1;
    while (i <= n) : (i += 1) {
        total += i;
    }
    return total;
}

pub fn main() void {
    const wrapped = @as(u16, 65000) +% 1000;
    const saturated = @as(u16, 65000) +| 1000;
    std.debug.print("wrap {d}, saturate {d}\n", .{ wrapped, saturated });

    var n: u16 = 100;
    while (n <= 400) : (n += 100) {
        std.debug.print("triangle({d}) = {d}\n", .{ n, triangle(n) });
    }
}
