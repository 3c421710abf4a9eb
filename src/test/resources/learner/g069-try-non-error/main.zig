const std = @import("std");

fn add(a: u32, b: u32) u32 {
    return a + b;
}

pub fn main() !void {
    const total = try add(2, 3);
    std.debug.print("{d}\n", .{total});
}
