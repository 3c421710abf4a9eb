const std = @import("std");

test "expectEqual passes" {
    try std.testing.expectEqual(@as(i32, 3), 1 + 2);
    std.debug.print("ints: ok\n", .{});
    try std.testing.expectEqual(true, 2 > 1);
    std.debug.print("bools: ok\n", .{});
    const P = struct { x: u8, y: u8 };
    try std.testing.expectEqual(P{ .x = 1, .y = 2 }, P{ .x = 1, .y = 2 });
    std.debug.print("structs: ok\n", .{});
    const opt: ?u8 = null;
    try std.testing.expectEqual(null, opt);
    std.debug.print("null optional: ok\n", .{});
}
