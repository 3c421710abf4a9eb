const std = @import("std");
const testing = std.testing;
const U = union(enum) { a: u8, b: []const u8 };
test "union different tags" {
    try testing.expectEqual(U{ .a = 1 }, U{ .b = "x" });
}
test "arrays" {
    try testing.expectEqual([3]u8{ 1, 2, 3 }, [3]u8{ 1, 5, 3 });
}
test "nested struct" {
    const In = struct { v: u8 };
    const Out = struct { in: In, k: bool };
    try testing.expectEqual(Out{ .in = .{ .v = 1 }, .k = true }, Out{ .in = .{ .v = 2 }, .k = true });
}
test "error sets" {
    const E = error{ X, Y };
    try testing.expectEqual(@as(E, error.X), @as(E, error.Y));
}
test "bools" {
    try testing.expectEqual(true, 1 > 2);
}
test "deep optional slices" {
    const a: ?[]const u8 = "ab";
    const b: ?[]const u8 = "ac";
    try testing.expectEqualDeep(a, b);
}
test "deep union" {
    try testing.expectEqualDeep(U{ .a = 1 }, U{ .b = "x" });
}
test "floats rel ok" {
    try testing.expectApproxEqRel(@as(f64, 1.0), 1.0 + 1e-12, 1e-9);
}
test "strings start" {
    try testing.expectStringStartsWith("hello", "help");
}
