const std = @import("std");

pub fn main() void {
    const samples = [_]u8{ 'a', 'Z', '5', ' ', '\t', '\n', '_', 'f', 'G', 0, 127, 128, 255, '~' };
    for (samples) |c| std.debug.print("{d:>3}: {}\n", .{ c, std.ascii.isUpper(c) });
}
