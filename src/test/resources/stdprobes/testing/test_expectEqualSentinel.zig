const std = @import("std");

test "expectEqualSentinel passes" {
    try std.testing.expectEqualSentinel(u8, 0, "abc", "abc");
    std.debug.print("strings: ok\n", .{});
    const a = [_:9]u8{ 1, 2 };
    const b = [_:9]u8{ 1, 2 };
    try std.testing.expectEqualSentinel(u8, 9, &a, &b);
    std.debug.print("arrays: ok\n", .{});
    try std.testing.expectEqualSentinel(u8, 0, "", "");
    std.debug.print("empty: ok\n", .{});
}
