const std = @import("std");

test "expectFmt passes" {
    try std.testing.expectFmt("x=5", "x={d}", .{5});
    std.debug.print("int: ok\n", .{});
    try std.testing.expectFmt("", "", .{});
    std.debug.print("empty: ok\n", .{});
    try std.testing.expectFmt("ab-cd", "{s}-{s}", .{ "ab", "cd" });
    std.debug.print("strings: ok\n", .{});
}
