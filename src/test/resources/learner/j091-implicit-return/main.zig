const std = @import("std");

fn maxOf(values: []const u32) u32 {
    var best: u32 = 0;
    for (values) |v| {
        if (v > best) best = v;
    }
}

pub fn main() void {
    std.debug.print("{d}\n", .{maxOf(&.{ 3, 9, 2 })});
}
