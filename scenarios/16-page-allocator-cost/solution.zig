const std = @import("std");

const Point = struct {
    x: i32,
    y: i32,
};

pub fn main() !void {
    // one buffer from the page allocator, carved up by the arena
    var arena = std.heap.ArenaAllocator.init(std.heap.page_allocator);
    defer arena.deinit();
    const allocator = arena.allocator();

    var points: [32]*Point = undefined;
    for (&points, 0..) |*p, i| {
        p.* = try allocator.create(Point);
        p.*.* = .{ .x = @intCast(i), .y = @intCast(i * 2) };
    }
    var sum: i64 = 0;
    for (points) |p| sum += p.x + p.y;
    std.debug.print("sum: {d}\n", .{sum});
}
