const std = @import("std");

test "expectStringEndsWith passes" {
    try std.testing.expectStringEndsWith("main.zig", ".zig");
    std.debug.print(".zig: ok\n", .{});
    try std.testing.expectStringEndsWith("abc", "");
    std.debug.print("empty suffix: ok\n", .{});
    try std.testing.expectStringEndsWith("abc", "abc");
    std.debug.print("whole: ok\n", .{});
}
