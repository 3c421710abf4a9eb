const std = @import("std");

const Graph = struct {
    adj: std.AutoHashMap(u32, std.ArrayList(u32)),
    allocator: std.mem.Allocator,

    fn init(allocator: std.mem.Allocator) Graph {
        return .{ .adj = std.AutoHashMap(u32, std.ArrayList(u32)).init(allocator), .allocator = allocator };
    }

    fn deinit(self: *Graph) void {
        var it = self.adj.valueIterator();
        while (it.next()) |list| list.deinit();
        self.adj.deinit();
    }

    fn addEdge(self: *Graph, a: u32, b: u32) !void {
        inline for (.{ .{ a, b }, .{ b, a } }) |pair| {
            const gop = try self.adj.getOrPut(pair[0]);
            if (!gop.found_existing) gop.value_ptr.* = std.ArrayList(u32).init(self.allocator);
            try gop.value_ptr.append(pair[1]);
        }
    }

    fn bfs(self: *Graph, start: u32) !void {
        var dist = std.AutoHashMap(u32, u32).init(self.allocator);
        defer dist.deinit();
        var queue = std.ArrayList(u32).init(self.allocator);
        defer queue.deinit();
        try dist.put(start, 0);
        try queue.append(start);
        var head: usize = 0;
        while (head < queue.items.len) : (head += 1) {
            const node = queue.items[head];
            const d = dist.get(node).?;
            std.debug.print("visit {d} at distance {d}\n", .{ node, d });
            const neighbours = self.adj.get(node) orelse continue;
            for (neighbours.items) |n| {
                if (dist.contains(n)) continue;
                try dist.put(n, d + 1);
                try queue.append(n);
            }
        }
        std.debug.print("reached {d} of {d} nodes\n", .{ dist.count(), self.adj.count() });
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var g = Graph.init(gpa.allocator());
    defer g.deinit();
    const edges = [_][2]u32{ .{ 1, 2 }, .{ 1, 3 }, .{ 2, 4 }, .{ 3, 4 }, .{ 4, 5 }, .{ 6, 7 } };
    for (edges) |e| try g.addEdge(e[0], e[1]);
    try g.bfs(1);
    try g.bfs(6);
    if (g.adj.getPtr(4)) |list| std.debug.print("degree of 4: {d}\n", .{list.items.len});
}
