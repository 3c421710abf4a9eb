const std = @import("std");
const testing = std.testing;
fn maybe(x: u8) ?u8 { return if (x > 3) x else null; }
const P = struct { a: u8, b: bool };
fn mk(fail: bool) !P { if (fail) return error.Nope; return .{ .a = 1, .b = true }; }
test "null expected" {
    try testing.expectEqual(null, maybe(5));
}
test "value expected got null" {
    try testing.expectEqual(@as(?u8, 7), maybe(1));
}
test "expectError got struct" {
    try testing.expectError(error.Nope, mk(false));
}
test "expectError wrong error" {
    const r: error{ A, B }!u8 = error.B;
    try testing.expectError(error.A, r);
}
test "expectEqual errors" {
    try testing.expectEqual(error.A, @as(error{ A, B }!u8, error.B));
}
test "struct with bool mismatch" {
    try testing.expectEqual(P{ .a = 1, .b = false }, try mk(false));
}
test "expectEqualSlices strings" {
    try testing.expectEqualSlices(u8, "hello", "help!");
}
test "expectEqualSlices structs" {
    try testing.expectEqualSlices(P, &.{.{ .a = 1, .b = true }}, &.{.{ .a = 2, .b = true }});
}
test "expectEqualStrings length" {
    try testing.expectEqualStrings("abc", "abcd");
}
test "expectEqualStrings with whitespace" {
    try testing.expectEqualStrings("a b\tc\n", "a  b\tc\n");
}
test "expectEqualDeep arrays" {
    try testing.expectEqualDeep([_]u8{ 1, 2, 3 }, [_]u8{ 1, 9, 3 });
}
test "double free" {
    const a = try testing.allocator.alloc(u8, 4);
    testing.allocator.free(a);
    testing.allocator.free(a);
}
