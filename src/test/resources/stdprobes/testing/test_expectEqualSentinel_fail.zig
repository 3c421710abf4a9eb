const std = @import("std");

test "content differs" {
    try std.testing.expectEqualSentinel(u8, 0, "abc", "abd");
}

test "sentinel in memory differs" {
    var buf = [_]u8{ 'h', 'i', 'x' };
    const bad: [:0]const u8 = @ptrCast(buf[0..2]);
    try std.testing.expectEqualSentinel(u8, 0, "hi", bad);
}
