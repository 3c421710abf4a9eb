const std = @import("std");

fn inRange(x: i32, lo: i32, hi: i32) bool {
    return x >= lo && x <= hi;
}

pub fn main() void {
    std.debug.print("{}\n", .{inRange(5, 1, 10)});
}
