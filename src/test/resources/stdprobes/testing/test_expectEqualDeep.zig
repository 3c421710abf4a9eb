const std = @import("std");

test "expectEqualDeep passes" {
    const a: []const u8 = "abc";
    var buf = [_]u8{ 'a', 'b', 'c' };
    try std.testing.expectEqualDeep(a, @as([]const u8, &buf));
    std.debug.print("slices by content: ok\n", .{});
    const P = struct { name: []const u8, n: i32 };
    try std.testing.expectEqualDeep(P{ .name = "x", .n = 1 }, P{ .name = "x", .n = 1 });
    std.debug.print("struct with slice: ok\n", .{});
    const x: i32 = 5;
    const y: i32 = 5;
    try std.testing.expectEqualDeep(&x, &y);
    std.debug.print("pointers by target: ok\n", .{});
}
