const std = @import("std");

const Edge = struct { to: usize, w: u32 };
const Item = struct { node: usize, dist: u32 };

fn cmp(_: void, a: Item, b: Item) std.math.Order {
    return std.math.order(a.dist, b.dist);
}

fn dijkstra(a: std.mem.Allocator, adj: []const std.ArrayList(Edge), src: usize, prev: []?usize) ![]u32 {
    const dist = try a.alloc(u32, adj.len);
    errdefer a.free(dist);
    @memset(dist, std.math.maxInt(u32));
    @memset(prev, null);
    dist[src] = 0;
    var pq = std.PriorityQueue(Item, void, cmp).init(a, {});
    defer pq.deinit();
    try pq.add(.{ .node = src, .dist = 0 });
    while (pq.removeOrNull()) |it| {
        if (it.dist > dist[it.node]) continue;
        for (adj[it.node].items) |e| {
            const nd = it.dist + e.w;
            if (nd < dist[e.to]) {
                dist[e.to] = nd;
                prev[e.to] = it.node;
                try pq.add(.{ .node = e.to, .dist = nd });
            }
        }
    }
    return dist;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const names = [_][]const u8{ "A", "B", "C", "D", "E", "F" };
    const adj = try a.alloc(std.ArrayList(Edge), names.len);
    defer a.free(adj);
    for (adj) |*l| l.* = std.ArrayList(Edge).init(a);
    defer for (adj) |*l| l.deinit();

    const edges = [_][3]u32{ .{ 0, 1, 7 }, .{ 0, 2, 9 }, .{ 0, 5, 14 }, .{ 1, 2, 10 }, .{ 1, 3, 15 }, .{ 2, 3, 11 }, .{ 2, 5, 2 }, .{ 3, 4, 6 } };
    for (edges) |e| {
        try adj[e[0]].append(.{ .to = e[1], .w = e[2] });
        try adj[e[1]].append(.{ .to = e[0], .w = e[2] });
    }
    var prev: [names.len]?usize = undefined;
    const dist = try dijkstra(a, adj, 0, &prev);
    defer a.free(dist);

    for (names, 0..) |n, i| {
        var path = std.ArrayList(u8).init(a);
        defer path.deinit();
        var cur: ?usize = i;
        while (cur) |c| : (cur = prev[c]) try path.insert(0, names[c][0]);
        std.debug.print("{s}: dist {d:>2} path {s}\n", .{ n, dist[i], path.items });
    }
    try adj[4].append(.{ .to = 9, .w = 1 });
    const again = try dijkstra(a, adj, 4, &prev);
    defer a.free(again);
    std.debug.print("unreachable? {any}\n", .{again});
}
