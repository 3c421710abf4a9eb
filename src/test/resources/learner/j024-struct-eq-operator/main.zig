const std = @import("std");

const Point = struct { x: i32, y: i32 };

fn contains(points: []const Point, p: Point) bool {
    for (points) |q| {
        if (q == p) return true;
    }
    return false;
}

pub fn main() void {
    const pts = [_]Point{ .{ .x = 1, .y = 2 }, .{ .x = 3, .y = 4 } };
    std.debug.print("{}\n", .{contains(&pts, .{ .x = 3, .y = 4 })});
}
