const std = @import("std");

const NOT_FOUND: usize = -1;

fn indexOf(xs: []const u8, x: u8) usize {
    for (xs, 0..) |v, i| if (v == x) return i;
    return NOT_FOUND;
}

pub fn main() void {
    std.debug.print("{d}\n", .{indexOf("abc", 'c')});
}
