const std = @import("std");

test "wrong suffix" {
    try std.testing.expectStringEndsWith("main.zig", ".c");
}

test "suffix longer" {
    try std.testing.expectStringEndsWith("ab", "xab");
}
