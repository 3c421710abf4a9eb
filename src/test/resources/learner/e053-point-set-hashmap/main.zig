const std = @import("std");

const Point = struct {
    x: i32,
    y: i32,
    fn add(a: Point, b: Point) Point {
        return .{ .x = a.x + b.x, .y = a.y + b.y };
    }
    fn eql(a: Point, b: Point) bool {
        return a.x == b.x and a.y == b.y;
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var seen = std.AutoHashMap(Point, void).init(a);
    defer seen.deinit();
    var p = Point{ .x = 0, .y = 0 };
    const moves = "RRUULDDDLR";
    for (moves) |m| {
        const d: Point = switch (m) {
            'R' => .{ .x = 1, .y = 0 },
            'L' => .{ .x = -1, .y = 0 },
            'U' => .{ .x = 0, .y = 1 },
            'D' => .{ .x = 0, .y = -1 },
            else => unreachable,
        };
        p = p.add(d);
        try seen.put(p, {});
    }
    std.debug.print("end {any}, visited {d}\n", .{ p, seen.count() });
    std.debug.print("{}\n", .{p.eql(.{ .x = 1, .y = -1 })});
    const pts = try a.alloc(Point, 3);
    defer a.free(pts);
    for (pts, 0..) |*q, i| q.* = .{ .x = @intCast(i), .y = @intCast(i * i) };
    std.debug.print("{any}\n", .{pts});
    std.debug.print("{}\n", .{std.meta.eql(pts[1], Point{ .x = 1, .y = 1 })});
}
