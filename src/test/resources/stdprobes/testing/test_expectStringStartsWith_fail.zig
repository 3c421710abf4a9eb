const std = @import("std");

test "wrong prefix" {
    try std.testing.expectStringStartsWith("allocator", "free");
}

test "prefix longer" {
    try std.testing.expectStringStartsWith("ab", "abc");
}
