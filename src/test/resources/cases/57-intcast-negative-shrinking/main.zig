const std = @import("std");

fn narrow(x: i128) u64 {
    return @intCast(x);
}

fn widen(x: i64) u128 {
    return @intCast(x);
}

pub fn main() void {
    std.debug.print("{d}\n", .{narrow(5)});
    std.debug.print("{d}\n", .{widen(7)});
    std.debug.print("{d}\n", .{narrow(-1)});
}
