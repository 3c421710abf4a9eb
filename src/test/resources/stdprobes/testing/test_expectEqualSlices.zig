const std = @import("std");

test "expectEqualSlices passes" {
    try std.testing.expectEqualSlices(u8, &.{ 1, 2, 3 }, &.{ 1, 2, 3 });
    std.debug.print("bytes: ok\n", .{});
    try std.testing.expectEqualSlices(i32, &.{}, &.{});
    std.debug.print("empty: ok\n", .{});
    const a = [_]u16{ 9, 8 };
    try std.testing.expectEqualSlices(u16, &a, a[0..]);
    std.debug.print("same memory: ok\n", .{});
}
