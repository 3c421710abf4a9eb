const std = @import("std");

const Point = struct {
    x: i32,
    y: i32,
};

pub fn main() !void {
    const allocator = std.heap.page_allocator;

    var points: [32]*Point = undefined;
    for (&points, 0..) |*p, i| {
        p.* = try allocator.create(Point);
        p.*.* = .{ .x = @intCast(i), .y = @intCast(i * 2) };
    }
    var sum: i64 = 0;
    for (points) |p| sum += p.x + p.y;
    std.debug.print("sum: {d}\n", .{sum});
    for (points) |p| allocator.destroy(p);
}
