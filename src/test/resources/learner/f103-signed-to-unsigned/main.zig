const std = @import("std");

fn repeat(c: u8, n: usize) void {
    for (0..n) |_| std.debug.print("{c}", .{c});
    std.debug.print("\n", .{});
}

pub fn main() void {
    const widths = [_]i32{ 3, 5, 2 };
    for (widths) |w| repeat('*', w);
}
