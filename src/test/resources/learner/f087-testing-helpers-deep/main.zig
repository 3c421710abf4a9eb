const std = @import("std");

const Point = struct { x: i32, y: i32 };
const Path = struct { name: []const u8, points: []const Point };

fn centroid(pts: []const Point) [2]f64 {
    var sx: f64 = 0;
    var sy: f64 = 0;
    for (pts) |p| {
        sx += @floatFromInt(p.x);
        sy += @floatFromInt(p.y);
    }
    const n: f64 = @floatFromInt(pts.len);
    return .{ sx / n, sy / n };
}

test "fmt helpers" {
    try std.testing.expectFmt("p=(3,-4)", "p=({d},{d})", .{ 3, -4 });
    try std.testing.expectStringStartsWith("heap-lab-001", "heap-lab");
    try std.testing.expectStringEndsWith("main.zig", ".zig");
}

test "approx" {
    const c = centroid(&.{ .{ .x = 0, .y = 0 }, .{ .x = 1, .y = 0 }, .{ .x = 0, .y = 1 } });
    try std.testing.expectApproxEqAbs(@as(f64, 0.3333), c[0], 0.001);
    try std.testing.expectApproxEqRel(@as(f64, 1.0 / 3.0), c[1], 1e-9);
}

test "deep equality" {
    const a = Path{ .name = "tri", .points = &.{ .{ .x = 0, .y = 0 }, .{ .x = 2, .y = 1 } } };
    var pts = [_]Point{ .{ .x = 0, .y = 0 }, .{ .x = 2, .y = 1 } };
    var name_buf = "tri".*;
    const b = Path{ .name = &name_buf, .points = &pts };
    try std.testing.expectEqualDeep(a, b);
    pts[1].y = 5;
    try std.testing.expectEqualDeep(a, b);
}
