const std = @import("std");

const Graph = struct {
    adj: []std.ArrayList(usize),
    alloc: std.mem.Allocator,

    fn init(alloc: std.mem.Allocator, n: usize) !Graph {
        const adj = try alloc.alloc(std.ArrayList(usize), n);
        for (adj) |*l| l.* = std.ArrayList(usize).init(alloc);
        return .{ .adj = adj, .alloc = alloc };
    }
    fn deinit(self: *Graph) void {
        for (self.adj) |*l| l.deinit();
        self.alloc.free(self.adj);
    }
    fn edge(self: *Graph, a: usize, b: usize) !void {
        try self.adj[a].append(b);
        try self.adj[b].append(a);
    }
    fn components(self: Graph) !usize {
        const seen = try self.alloc.alloc(bool, self.adj.len);
        defer self.alloc.free(seen);
        @memset(seen, false);
        var stack = std.ArrayList(usize).init(self.alloc);
        defer stack.deinit();
        var count: usize = 0;
        for (0..self.adj.len) |start| {
            if (seen[start]) continue;
            count += 1;
            try stack.append(start);
            while (stack.items.len > 0) {
                const v = stack.items[stack.items.len - 1];
                stack.items.len -= 1;
                if (seen[v]) continue;
                seen[v] = true;
                for (self.adj[v].items) |w| if (!seen[w]) try stack.append(w);
            }
        }
        return count;
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var g = try Graph.init(gpa.allocator(), 8);
    defer g.deinit();
    const edges = [_][2]usize{ .{ 0, 1 }, .{ 1, 2 }, .{ 3, 4 }, .{ 5, 6 }, .{ 6, 7 }, .{ 7, 5 } };
    for (edges) |e| try g.edge(e[0], e[1]);
    std.debug.print("components: {d}\n", .{try g.components()});
    for (g.adj, 0..) |l, i| std.debug.print("{d}: {any}\n", .{ i, l.items });
    try g.edge(2, 8);
}
