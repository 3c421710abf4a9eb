const std = @import("std");

test "one char" {
    try std.testing.expectEqualStrings("stack", "stock");
}

test "second line" {
    try std.testing.expectEqualStrings("one\ntwo\n", "one\ntwe\n");
}

test "shorter" {
    try std.testing.expectEqualStrings("abcdef", "abc");
}

test "empty expected" {
    try std.testing.expectEqualStrings("", "x");
}
