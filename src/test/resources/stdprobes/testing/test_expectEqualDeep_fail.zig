const std = @import("std");

test "slice element" {
    try std.testing.expectEqualDeep(@as([]const i32, &.{ 1, 2, 3 }), @as([]const i32, &.{ 1, 9, 3 }));
}

test "struct field" {
    const P = struct { name: []const u8, n: i32 };
    try std.testing.expectEqualDeep(P{ .name = "x", .n = 1 }, P{ .name = "y", .n = 1 });
}

test "optional" {
    const a: ?u8 = 1;
    const b: ?u8 = null;
    try std.testing.expectEqualDeep(a, b);
}
