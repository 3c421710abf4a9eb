const std = @import("std");

const Vec = struct { x: f32, y: f32 };

fn normalize(v: Vec) Vec {
    const len = @sqrt(v.x * v.x + v.y * v.y);
    return .{ .x = v.x / len, .y = v.y / len };
}

test "normalize" {
    const n = normalize(.{ .x = 3, .y = 4 });
    try std.testing.expectApproxEqAbs(@as(f32, 0.6), n.x, 0.0001);
    try std.testing.expectApproxEqRel(@as(f32, 0.8), n.y, 0.001);
}

test "deep equality" {
    const a = [_]Vec{ .{ .x = 1, .y = 2 }, .{ .x = 3, .y = 4 } };
    const b = [_]Vec{ .{ .x = 1, .y = 2 }, .{ .x = 3, .y = 4 } };
    try std.testing.expectEqualDeep(a, b);
    try std.testing.expectFmt("1.5-x", "{d}-{s}", .{ 1.5, "x" });
}

test "strings differ" {
    try std.testing.expectEqualStrings("hello world", "hello wurld");
}

test "slices differ" {
    try std.testing.expectEqualSlices(u8, &.{ 1, 2, 3, 4 }, &.{ 1, 2, 9, 4 });
}
