const std = @import("std");

const Point = struct {
    x: f64,
    y: f64,

    fn dist(a: Point, b: Point) f64 {
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        return @sqrt(dx * dx + dy * dy);
    }

    fn rotate(p: Point, angle: f64) Point {
        const c = @cos(angle);
        const s = @sin(angle);
        return .{ .x = p.x * c - p.y * s, .y = p.x * s + p.y * c };
    }
};

fn regularPolygon(comptime n: usize, radius: f64) [n]Point {
    var pts: [n]Point = undefined;
    for (&pts, 0..) |*p, i| {
        const angle = 2.0 * std.math.pi * @as(f64, @floatFromInt(i)) / @as(f64, @floatFromInt(n));
        p.* = .{ .x = radius * @cos(angle), .y = radius * @sin(angle) };
    }
    return pts;
}

fn perimeter(pts: []const Point) f64 {
    var total: f64 = 0;
    for (pts, 0..) |p, i| total += p.dist(pts[(i + 1) % pts.len]);
    return total;
}

fn area(pts: []const Point) f64 {
    var s: f64 = 0;
    for (pts, 0..) |p, i| {
        const q = pts[(i + 1) % pts.len];
        s += p.x * q.y - q.x * p.y;
    }
    return @abs(s) / 2.0;
}

pub fn main() void {
    const hex = regularPolygon(6, 2.0);
    for (hex, 0..) |p, i| std.debug.print("v{d}: ({d:.3}, {d:.3})\n", .{ i, p.x, p.y });
    std.debug.print("perimeter {d:.4}, area {d:.4}\n", .{ perimeter(&hex), area(&hex) });
    const square = [_]Point{ .{ .x = 0, .y = 0 }, .{ .x = 3, .y = 0 }, .{ .x = 3, .y = 3 }, .{ .x = 0, .y = 3 } };
    std.debug.print("square perimeter {d}, area {d}\n", .{ perimeter(&square), area(&square) });
    const r = (Point{ .x = 1, .y = 0 }).rotate(std.math.pi / 2.0);
    std.debug.print("rotated: ({d:.3}, {d:.3}) rounded: ({d}, {d})\n", .{ r.x, r.y, @round(r.x), @round(r.y) });
    const vals = [_]f64{ 2.5, -2.5, 3.49, -0.4 };
    for (vals) |v| std.debug.print("{d}: floor {d} ceil {d} round {d} trunc {d}\n", .{ v, @floor(v), @ceil(v), @round(v), @trunc(v) });
    const grid: i32 = @intFromFloat(@floor(hex[2].x / 0.5));
    std.debug.print("grid cell {d}, deg {d:.1}\n", .{ grid, std.math.radiansToDegrees(std.math.atan2(r.y, r.x)) });
}
