const std = @import("std");

test "number" {
    try std.testing.expectFmt("x=5", "x={d}", .{6});
}

test "second line" {
    try std.testing.expectFmt("a\nb", "a\n{s}", .{"c"});
}
