const std = @import("std");
const testing = std.testing;

const Point = struct { x: i32, y: i32 };
const Poly = struct { name: []const u8, pts: []const Point, closed: bool };

fn translate(alloc: std.mem.Allocator, pts: []const Point, dx: i32) ![]Point {
    const out = try alloc.alloc(Point, pts.len);
    for (pts, out) |p, *o| o.* = .{ .x = p.x + dx, .y = p.y };
    return out;
}

test "slices equal" {
    try testing.expectEqualSlices(u8, "hello", "hello");
    try testing.expectEqualSlices(i32, &.{ 1, 2, 3, 4, 5, 6 }, &.{ 1, 2, 3, 40, 5, 6 });
}

test "points" {
    const pts = [_]Point{ .{ .x = 0, .y = 0 }, .{ .x = 1, .y = 2 } };
    const moved = try translate(testing.allocator, &pts, 3);
    defer testing.allocator.free(moved);
    try testing.expectEqualSlices(Point, &.{ .{ .x = 3, .y = 0 }, .{ .x = 4, .y = 2 } }, moved);
    try testing.expectEqualDeep(Poly{ .name = "tri", .pts = moved, .closed = true }, Poly{ .name = "tri", .pts = &.{ .{ .x = 3, .y = 0 }, .{ .x = 4, .y = 3 } }, .closed = true });
}

test "strings multi line" {
    const got = "line one\nline two\nline 3\n";
    try testing.expectEqualStrings("line one\nline two\nline three\n", got);
}

test "leaky" {
    const moved = try translate(testing.allocator, &.{.{ .x = 1, .y = 1 }}, 1);
    try testing.expectEqual(@as(i32, 2), moved[0].x);
}

test "approx" {
    try testing.expectApproxEqAbs(@as(f64, 0.3), 0.1 + 0.25, 0.01);
}

test "fmt" {
    try testing.expectFmt("P(1,2)", "P({d},{d})", .{ 1, 2 });
    try testing.expectFmt("[  42]", "[{d:>5}]", .{42});
}
