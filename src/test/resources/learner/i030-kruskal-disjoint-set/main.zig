const std = @import("std");

const DisjointSet = struct {
    parent: []usize,
    rank: []u8,

    fn init(a: std.mem.Allocator, n: usize) !DisjointSet {
        const parent = try a.alloc(usize, n);
        errdefer a.free(parent);
        const rank = try a.alloc(u8, n);
        for (parent, 0..) |*p, i| p.* = i;
        @memset(rank, 0);
        return .{ .parent = parent, .rank = rank };
    }

    fn deinit(self: DisjointSet, a: std.mem.Allocator) void {
        a.free(self.parent);
        a.free(self.rank);
    }

    fn find(self: DisjointSet, x: usize) usize {
        var r = x;
        while (self.parent[r] != r) r = self.parent[r];
        var c = x;
        while (self.parent[c] != r) {
            const next = self.parent[c];
            self.parent[c] = r;
            c = next;
        }
        return r;
    }

    fn join(self: DisjointSet, x: usize, y: usize) bool {
        var rx = self.find(x);
        var ry = self.find(y);
        if (rx == ry) return false;
        if (self.rank[rx] < self.rank[ry]) std.mem.swap(usize, &rx, &ry);
        self.parent[ry] = rx;
        if (self.rank[rx] == self.rank[ry]) self.rank[rx] += 1;
        return true;
    }
};

const Edge = struct { u: usize, v: usize, w: u32 };

fn lighter(_: void, a: Edge, b: Edge) bool {
    return a.w < b.w;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var edges = [_]Edge{
        .{ .u = 0, .v = 1, .w = 7 }, .{ .u = 0, .v = 3, .w = 5 }, .{ .u = 1, .v = 2, .w = 8 },
        .{ .u = 1, .v = 3, .w = 9 }, .{ .u = 1, .v = 4, .w = 7 }, .{ .u = 2, .v = 4, .w = 5 },
        .{ .u = 3, .v = 4, .w = 15 }, .{ .u = 3, .v = 5, .w = 6 }, .{ .u = 4, .v = 5, .w = 8 },
        .{ .u = 4, .v = 6, .w = 9 }, .{ .u = 5, .v = 6, .w = 11 },
    };
    std.sort.pdq(Edge, &edges, {}, lighter);
    const ds = try DisjointSet.init(a, 7);
    defer ds.deinit(a);
    var total: u32 = 0;
    var mst = std.ArrayList(Edge).init(a);
    defer mst.deinit();
    for (edges) |e| {
        if (ds.join(e.u, e.v)) {
            try mst.append(e);
            total += e.w;
        }
    }
    for (mst.items) |e| std.debug.print("{c}-{c} {d}\n", .{ 'A' + @as(u8, @intCast(e.u)), 'A' + @as(u8, @intCast(e.v)), e.w });
    std.debug.print("total weight {d}, {d} edges\n", .{ total, mst.items.len });
    std.debug.print("same set 0,6: {}\n", .{ds.find(0) == ds.find(6)});
    std.debug.print("ranks: {any}\n", .{ds.rank});
    std.sort.insertion(Edge, mst.items, {}, struct {
        fn gt(_: void, x: Edge, y: Edge) bool {
            return x.w > y.w;
        }
    }.gt);
    std.debug.print("heaviest kept: {d}, is sorted desc: {}\n", .{ mst.items[0].w, std.sort.isSorted(Edge, mst.items, {}, lighter) });
}
