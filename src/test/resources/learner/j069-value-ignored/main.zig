const std = @import("std");

fn clampAdd(a: u8, b: u8) u8 {
    return a +| b;
}

pub fn main() void {
    var total: u8 = 250;
    clampAdd(total, 10);
    total += 1;
    std.debug.print("{d}\n", .{total});
}
