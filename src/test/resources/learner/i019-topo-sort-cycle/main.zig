const std = @import("std");

const Graph = struct {
    adj: std.AutoHashMap(u32, std.ArrayList(u32)),

    fn init(a: std.mem.Allocator) Graph {
        return .{ .adj = std.AutoHashMap(u32, std.ArrayList(u32)).init(a) };
    }

    fn deinit(self: *Graph) void {
        var it = self.adj.valueIterator();
        while (it.next()) |list| list.deinit();
        self.adj.deinit();
    }

    fn edge(self: *Graph, from: u32, to: u32) !void {
        const gop = try self.adj.getOrPut(from);
        if (!gop.found_existing) gop.value_ptr.* = std.ArrayList(u32).init(self.adj.allocator);
        try gop.value_ptr.append(to);
        if (!self.adj.contains(to)) try self.adj.put(to, std.ArrayList(u32).init(self.adj.allocator));
    }
};

const Color = enum { white, gray, black };

fn visit(g: *Graph, n: u32, color: *std.AutoHashMap(u32, Color), order: *std.ArrayList(u32)) !void {
    try color.put(n, .gray);
    for (g.adj.getPtr(n).?.items) |m| {
        switch (color.get(m) orelse .white) {
            .white => try visit(g, m, color, order),
            .gray => return error.Cycle,
            .black => {},
        }
    }
    try color.put(n, .black);
    try order.append(n);
}

fn topo(a: std.mem.Allocator, g: *Graph) ![]u32 {
    var color = std.AutoHashMap(u32, Color).init(a);
    defer color.deinit();
    var order = std.ArrayList(u32).init(a);
    errdefer order.deinit();
    var keys = std.ArrayList(u32).init(a);
    defer keys.deinit();
    var kit = g.adj.keyIterator();
    while (kit.next()) |k| try keys.append(k.*);
    std.mem.sort(u32, keys.items, {}, std.sort.asc(u32));
    for (keys.items) |k| if ((color.get(k) orelse .white) == .white) try visit(g, k, &color, &order);
    std.mem.reverse(u32, order.items);
    return order.toOwnedSlice();
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var g = Graph.init(a);
    defer g.deinit();
    const deps = [_][2]u32{ .{ 1, 2 }, .{ 1, 3 }, .{ 2, 4 }, .{ 3, 4 }, .{ 4, 5 }, .{ 6, 3 } };
    for (deps) |d| try g.edge(d[0], d[1]);
    const order = try topo(a, &g);
    defer a.free(order);
    std.debug.print("order: {any}\n", .{order});
    std.debug.print("nodes: {d}, out(1): {d}\n", .{ g.adj.count(), g.adj.get(1).?.items.len });
    try g.edge(5, 1);
    const again = try topo(a, &g);
    defer a.free(again);
}
