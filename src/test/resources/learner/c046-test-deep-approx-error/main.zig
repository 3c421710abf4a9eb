const std = @import("std");
const testing = std.testing;

const Vec = struct { x: f64, y: f64 };

const Polygon = struct {
    name: []const u8,
    points: []const Vec,
    tags: []const []const u8,
};

fn centroid(points: []const Vec) error{NoPoints}!Vec {
    if (points.len == 0) return error.NoPoints;
    var c = Vec{ .x = 0, .y = 0 };
    for (points) |p| {
        c.x += p.x;
        c.y += p.y;
    }
    const n: f64 = @floatFromInt(points.len);
    return .{ .x = c.x / n, .y = c.y / n };
}

fn area(points: []const Vec) f64 {
    var s: f64 = 0;
    for (points, 0..) |p, i| {
        const q = points[(i + 1) % points.len];
        s += p.x * q.y - q.x * p.y;
    }
    return @abs(s) / 2;
}

test "deep equality compares slice contents" {
    const a = Polygon{ .name = "tri", .points = &.{ .{ .x = 0, .y = 0 }, .{ .x = 4, .y = 0 }, .{ .x = 0, .y = 3 } }, .tags = &.{ "small", "right" } };
    var name_buf = "tri".*;
    const b = Polygon{ .name = &name_buf, .points = &.{ .{ .x = 0, .y = 0 }, .{ .x = 4, .y = 0 }, .{ .x = 0, .y = 3 } }, .tags = &.{ "small", "right" } };
    try testing.expectEqualDeep(a, b);
    try testing.expectApproxEqAbs(@as(f64, 6), area(a.points), 1e-12);
}

test "centroid" {
    const c = try centroid(&.{ .{ .x = 0, .y = 0 }, .{ .x = 1, .y = 0 }, .{ .x = 0, .y = 1 } });
    try testing.expectApproxEqAbs(@as(f64, 1.0 / 3.0), c.x, 1e-9);
    try testing.expectApproxEqRel(@as(f64, 0.3333333), c.y, 1e-6);
    try testing.expectError(error.NoPoints, centroid(&.{}));
}

test "float sums drift" {
    var s: f32 = 0;
    for (0..10) |_| s += 0.1;
    try testing.expect(s != 1.0);
    try testing.expectApproxEqRel(@as(f32, 1.0), s, 1e-5);
    try testing.expectApproxEqAbs(std.math.pi, @as(f64, 355.0 / 113.0), 1e-6);
}
