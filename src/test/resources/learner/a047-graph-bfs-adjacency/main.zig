const std = @import("std");

const Graph = struct {
    adj: []std.ArrayList(usize),
    allocator: std.mem.Allocator,

    fn init(allocator: std.mem.Allocator, n: usize) !Graph {
        const adj = try allocator.alloc(std.ArrayList(usize), n);
        for (adj) |*list| list.* = std.ArrayList(usize).init(allocator);
        return .{ .adj = adj, .allocator = allocator };
    }

    fn deinit(self: Graph) void {
        for (self.adj) |list| list.deinit();
        self.allocator.free(self.adj);
    }

    fn addEdge(self: Graph, a: usize, b: usize) !void {
        try self.adj[a].append(b);
        try self.adj[b].append(a);
    }

    /// Breadth-first search; returns the distance of every vertex (null = unreachable).
    fn bfs(self: Graph, start: usize) ![]?u32 {
        const dist = try self.allocator.alloc(?u32, self.adj.len);
        @memset(dist, null);
        var queue = std.ArrayList(usize).init(self.allocator);
        defer queue.deinit();
        var head: usize = 0;

        dist[start] = 0;
        try queue.append(start);
        while (head < queue.items.len) : (head += 1) {
            const v = queue.items[head];
            std.debug.print("visit {d} (dist {d})\n", .{ v, dist[v].? });
            for (self.adj[v].items) |w| {
                if (dist[w] == null) {
                    dist[w] = dist[v].? + 1;
                    try queue.append(w);
                }
            }
        }
        return dist;
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    const g = try Graph.init(gpa.allocator(), 8);
    defer g.deinit();
    const edges = [_][2]usize{ .{ 0, 1 }, .{ 0, 2 }, .{ 1, 3 }, .{ 2, 3 }, .{ 3, 4 }, .{ 4, 5 }, .{ 6, 7 } };
    for (edges) |e| try g.addEdge(e[0], e[1]);

    const dist = try g.bfs(0);
    defer gpa.allocator().free(dist);
    for (dist, 0..) |d, v| {
        if (d) |value| {
            std.debug.print("0 -> {d}: {d} hops\n", .{ v, value });
        } else {
            std.debug.print("0 -> {d}: unreachable\n", .{v});
        }
    }
}
