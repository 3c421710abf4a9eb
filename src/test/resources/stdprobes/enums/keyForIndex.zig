const std = @import("std");

pub fn main() !void {
    const E = enum(u8) { z = 26, a = 1, m = 13 };
    const I = std.enums.EnumIndexer(E);
    for (0..I.count) |i| std.debug.print("{d}: {s}\n", .{ i, @tagName(I.keyForIndex(i)) });
    const D = std.enums.EnumIndexer(enum(u8) { a = 3, b = 4, c = 5 });
    std.debug.print("dense 1: {s}\n", .{@tagName(D.keyForIndex(1))});
}
