const std = @import("std");

pub fn main() !void {
    const E = enum(u4) { a = 4, b = 6, c = 2 };
    const arr = std.enums.directEnumArrayDefault(E, u8, 0, 4, .{ .a = 10 });
    std.debug.print("all: {any}\n", .{arr});
    const words = std.enums.directEnumArrayDefault(E, []const u8, "-", 4, .{ .b = "bee" });
    for (words, 0..) |w, i| std.debug.print("{d}: {s}\n", .{ i, w });
}
