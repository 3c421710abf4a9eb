const std = @import("std");

const maze =
    \\S..#......
    \\.#.#.####.
    \\.#...#....
    \\.####.#.#.
    \\......#.#E
;

const P = struct { r: usize, c: usize };

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    var rows = std.ArrayList([]const u8).init(a);
    defer rows.deinit();
    var it = std.mem.splitScalar(u8, maze, '\n');
    while (it.next()) |line| try rows.append(line);
    const h = rows.items.len;
    const w = rows.items[0].len;

    const dist = try a.alloc(?u16, h * w);
    defer a.free(dist);
    @memset(dist, null);

    var queue = std.fifo.LinearFifo(P, .Dynamic).init(a);
    defer queue.deinit();
    try queue.writeItem(.{ .r = 0, .c = 0 });
    dist[0] = 0;
    var end: ?P = null;
    var max_queue: usize = 0;
    while (queue.readItem()) |p| {
        max_queue = @max(max_queue, queue.readableLength() + 1);
        if (rows.items[p.r][p.c] == 'E') end = p;
        const d = dist[p.r * w + p.c].?;
        const moves = [_][2]i8{ .{ -1, 0 }, .{ 1, 0 }, .{ 0, -1 }, .{ 0, 1 } };
        for (moves) |m| {
            const nr = @as(isize, @intCast(p.r)) + m[0];
            const nc = @as(isize, @intCast(p.c)) + m[1];
            if (nr < 0 or nc < 0 or nr >= h or nc >= w) continue;
            const q = P{ .r = @intCast(nr), .c = @intCast(nc) };
            if (rows.items[q.r][q.c] == '#' or dist[q.r * w + q.c] != null) continue;
            dist[q.r * w + q.c] = d + 1;
            try queue.writeItem(q);
        }
    }
    for (0..h) |r| {
        for (0..w) |c| {
            if (dist[r * w + c]) |d| std.debug.print("{d:>3}", .{d}) else std.debug.print("  #", .{});
        }
        std.debug.print("\n", .{});
    }
    std.debug.print("exit at {any}, steps {?d}, max queue {d}\n", .{ end, dist[end.?.r * w + end.?.c], max_queue });
    try queue.write(&.{ .{ .r = 1, .c = 1 }, .{ .r = 2, .c = 2 } });
    std.debug.print("peek {any}, len {d}\n", .{ queue.peekItem(1), queue.readableLength() });
    queue.discard(2);
    std.debug.print("after discard: {d}\n", .{queue.readableLength()});
    _ = queue.peekItem(0);
}
