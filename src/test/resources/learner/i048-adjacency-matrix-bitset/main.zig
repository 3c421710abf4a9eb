const std = @import("std");

const Graph = struct {
    n: usize,
    adj: []bool,

    fn init(a: std.mem.Allocator, n: usize) !Graph {
        const adj = try a.alloc(bool, n * n);
        @memset(adj, false);
        return .{ .n = n, .adj = adj };
    }

    fn connect(g: Graph, u: usize, v: usize) void {
        g.adj[u * g.n + v] = true;
        g.adj[v * g.n + u] = true;
    }

    fn dfs(g: Graph, u: usize, seen: *std.DynamicBitSet, depth: usize) void {
        seen.set(u);
        for (0..depth) |_| std.debug.print("  ", .{});
        std.debug.print("{d}\n", .{u});
        for (0..g.n) |v| {
            if (g.adj[u * g.n + v] and !seen.isSet(v)) g.dfs(v, seen, depth + 1);
        }
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    const g = try Graph.init(a, 9);
    defer a.free(g.adj);
    for ([_][2]usize{ .{ 0, 1 }, .{ 1, 2 }, .{ 0, 3 }, .{ 4, 5 }, .{ 6, 7 }, .{ 7, 8 }, .{ 8, 6 } }) |e| g.connect(e[0], e[1]);

    var seen = try std.DynamicBitSet.initEmpty(a, g.n);
    defer seen.deinit();
    var components: usize = 0;
    for (0..g.n) |u| {
        if (seen.isSet(u)) continue;
        components += 1;
        std.debug.print("component {d}:\n", .{components});
        g.dfs(u, &seen, 1);
    }
    std.debug.print("{d} components, {d} visited\n", .{ components, seen.count() });

    seen.setRangeValue(.{ .start = 0, .end = g.n }, false);
    g.dfs(6, &seen, 0);
    var it = seen.iterator(.{});
    std.debug.print("reached from 6:", .{});
    while (it.next()) |i| std.debug.print(" {d}", .{i});
    std.debug.print("\n", .{});
    try seen.resize(12, true);
    std.debug.print("after resize: {d} set of {d}\n", .{ seen.count(), seen.capacity() });
    g.connect(2, 9);
}
