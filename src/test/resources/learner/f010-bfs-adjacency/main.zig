const std = @import("std");

const Graph = struct {
    adj: []std.ArrayList(usize),
    allocator: std.mem.Allocator,

    fn init(a: std.mem.Allocator, n: usize) !Graph {
        const adj = try a.alloc(std.ArrayList(usize), n);
        for (adj) |*l| l.* = std.ArrayList(usize).init(a);
        return .{ .adj = adj, .allocator = a };
    }

    fn deinit(self: *Graph) void {
        for (self.adj) |l| l.deinit();
        self.allocator.free(self.adj);
    }

    fn addEdge(self: *Graph, u: usize, v: usize) !void {
        try self.adj[u].append(v);
        try self.adj[v].append(u);
    }

    fn bfs(self: *Graph, start: usize) ![]?usize {
        const dist = try self.allocator.alloc(?usize, self.adj.len);
        @memset(dist, null);
        var queue = std.ArrayList(usize).init(self.allocator);
        defer queue.deinit();
        try queue.append(start);
        dist[start] = 0;
        var head: usize = 0;
        while (head < queue.items.len) : (head += 1) {
            const u = queue.items[head];
            for (self.adj[u].items) |v| {
                if (dist[v] == null) {
                    dist[v] = dist[u].? + 1;
                    try queue.append(v);
                }
            }
        }
        return dist;
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var g = try Graph.init(gpa.allocator(), 7);
    defer g.deinit();
    const edges = [_][2]usize{ .{ 0, 1 }, .{ 0, 2 }, .{ 1, 3 }, .{ 2, 3 }, .{ 3, 4 }, .{ 5, 6 } };
    for (edges) |e| try g.addEdge(e[0], e[1]);
    const dist = try g.bfs(0);
    defer gpa.allocator().free(dist);
    for (dist, 0..) |d, i| {
        if (d) |v| std.debug.print("node {d}: {d}\n", .{ i, v }) else std.debug.print("node {d}: unreachable\n", .{i});
    }
    std.debug.print("{any}\n", .{dist});
}
