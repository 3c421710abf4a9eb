const std = @import("std");

fn between(s: []const u8, open: u8, close: u8) []const u8 {
    const a = std.mem.indexOfScalar(u8, s, open) orelse 0;
    const b = std.mem.indexOfScalar(u8, s, close) orelse s.len;
    return s[a + 1 .. b];
}

pub fn main() void {
    const lines = [_][]const u8{ "call(foo)", "x(y)z", ")oops(" };
    for (lines) |l| std.debug.print("'{s}' -> '{s}'\n", .{ l, between(l, '(', ')') });
}
