const std = @import("std");
const testing = std.testing;

const Grid = struct {
    rows: []const []const u8,

    fn width(self: Grid) usize {
        return self.rows[0].len;
    }
};

/// Shortest path length from 'S' to 'E' moving up/down/left/right, avoiding '#'.
fn shortestPath(allocator: std.mem.Allocator, grid: Grid) !?usize {
    const w = grid.width();
    const n = grid.rows.len * w;
    var dist = try allocator.alloc(?usize, n);
    defer allocator.free(dist);
    @memset(dist, null);

    var fifo = std.fifo.LinearFifo(usize, .Dynamic).init(allocator);
    defer fifo.deinit();

    for (grid.rows, 0..) |row, r| {
        if (std.mem.indexOfScalar(u8, row, 'S')) |c| {
            dist[r * w + c] = 0;
            try fifo.writeItem(r * w + c);
        }
    }
    while (fifo.readItem()) |cell| {
        const r = cell / w;
        const c = cell % w;
        if (grid.rows[r][c] == 'E') return dist[cell];
        const moves = [_][2]isize{ .{ -1, 0 }, .{ 1, 0 }, .{ 0, -1 }, .{ 0, 1 } };
        for (moves) |m| {
            const nr = @as(isize, @intCast(r)) + m[0];
            const nc = @as(isize, @intCast(c)) + m[1];
            if (nr < 0 or nc < 0 or nr >= grid.rows.len or nc >= w) continue;
            const next = @as(usize, @intCast(nr)) * w + @as(usize, @intCast(nc));
            if (grid.rows[@intCast(nr)][@intCast(nc)] == '#' or dist[next] != null) continue;
            dist[next] = dist[cell].? + 1;
            try fifo.writeItem(next);
        }
    }
    return null;
}

test "open room" {
    const g = Grid{ .rows = &.{ "S...", "....", "...E" } };
    try testing.expectEqual(@as(?usize, 5), try shortestPath(testing.allocator, g));
}

test "maze with a detour" {
    const g = Grid{ .rows = &.{
        "S.#....",
        ".##.##.",
        "...#..E",
        ".#...#.",
    } };
    try testing.expectEqual(@as(?usize, 10), try shortestPath(testing.allocator, g));
}

test "walled off" {
    const g = Grid{ .rows = &.{ "S#.", "##.", "..E" } };
    try testing.expectEqual(@as(?usize, null), try shortestPath(testing.allocator, g));
}
