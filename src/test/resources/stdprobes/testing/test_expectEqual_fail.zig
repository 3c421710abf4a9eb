const std = @import("std");

test "ints" {
    try std.testing.expectEqual(@as(u32, 7), 8);
}

test "optional" {
    const o: ?i32 = 4;
    try std.testing.expectEqual(null, o);
}

test "struct field" {
    const P = struct { x: u8, y: u8 };
    try std.testing.expectEqual(P{ .x = 1, .y = 2 }, P{ .x = 1, .y = 3 });
}

test "enum" {
    const Color = enum { red, green };
    try std.testing.expectEqual(Color.red, Color.green);
}

test "slice len" {
    const a = [_]u8{ 1, 2, 3 };
    try std.testing.expectEqual(@as([]const u8, a[0..2]), @as([]const u8, a[0..3]));
}
