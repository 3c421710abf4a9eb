const std = @import("std");

fn label(n: u32) []const u8 {
    const text = if (n == 1) "one" else n;
    return text;
}

pub fn main() void {
    std.debug.print("{s}\n", .{label(1)});
}
