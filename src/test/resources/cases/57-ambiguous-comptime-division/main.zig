const std = @import("std");

pub fn main() void {
    const total = 7;
    const avg = total / 2.0;
    std.debug.print("average {d}\n", .{avg});
}
