const std = @import("std");

test "expectStringStartsWith passes" {
    try std.testing.expectStringStartsWith("allocator", "alloc");
    std.debug.print("alloc: ok\n", .{});
    try std.testing.expectStringStartsWith("abc", "");
    std.debug.print("empty prefix: ok\n", .{});
    try std.testing.expectStringStartsWith("abc", "abc");
    std.debug.print("whole: ok\n", .{});
}
