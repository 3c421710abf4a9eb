const std = @import("std");

const Edge = struct { to: u8, weight: u16 };

const Graph = struct {
    edges: std.AutoHashMap(u8, std.ArrayList(Edge)),

    fn init(allocator: std.mem.Allocator) Graph {
        return .{ .edges = std.AutoHashMap(u8, std.ArrayList(Edge)).init(allocator) };
    }

    fn deinit(self: *Graph) void {
        var it = self.edges.valueIterator();
        while (it.next()) |list| list.deinit();
        self.edges.deinit();
    }

    fn connect(self: *Graph, from: u8, to: u8, weight: u16) !void {
        const gop = try self.edges.getOrPut(from);
        if (!gop.found_existing) gop.value_ptr.* = std.ArrayList(Edge).init(self.edges.allocator);
        gop.value_ptr.append(.{ .to = to, .weight = weight });
    }

    fn cheapestFrom(self: Graph, from: u8) ?Edge {
        const list = self.edges.get(from) orelse return null;
        var best: ?Edge = null;
        for (list.items) |e| {
            if (best == null or e.weight < best.?.weight) best = e;
        }
        return best;
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var g = Graph.init(gpa.allocator());
    defer g.deinit();
    try g.connect('a', 'b', 7);
    try g.connect('a', 'c', 3);
    try g.connect('b', 'c', 1);
    if (g.cheapestFrom('a')) |e| std.debug.print("cheapest from a: {c} ({d})\n", .{ e.to, e.weight });
}
