const std = @import("std");

const Edge = struct { to: u8, w: u32 };
const State = struct { node: u8, dist: u32 };

fn cmp(_: void, a: State, b: State) std.math.Order {
    return std.math.order(a.dist, b.dist);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();

    const graph = [_][]const Edge{
        &.{ .{ .to = 1, .w = 4 }, .{ .to = 2, .w = 1 } },
        &.{.{ .to = 3, .w = 1 }},
        &.{ .{ .to = 1, .w = 2 }, .{ .to = 3, .w = 5 } },
        &.{.{ .to = 4, .w = 3 }},
        &.{},
    };
    var dist = [_]u32{std.math.maxInt(u32)} ** graph.len;
    var prev = [_]?u8{null} ** graph.len;

    var pq = std.PriorityQueue(State, void, cmp).init(alloc, {});
    defer pq.deinit();
    dist[0] = 0;
    try pq.add(.{ .node = 0, .dist = 0 });
    var pops: usize = 0;
    while (pq.removeOrNull()) |s| {
        pops += 1;
        if (s.dist > dist[s.node]) continue;
        for (graph[s.node]) |e| {
            const nd = s.dist + e.w;
            if (nd < dist[e.to]) {
                dist[e.to] = nd;
                prev[e.to] = s.node;
                try pq.add(.{ .node = e.to, .dist = nd });
            }
        }
    }
    std.debug.print("pops={d} dist={any}\n", .{ pops, dist });
    var path = std.ArrayList(u8).init(alloc);
    defer path.deinit();
    var cur: ?u8 = 4;
    while (cur) |c| : (cur = prev[c]) try path.append(c);
    std.mem.reverse(u8, path.items);
    std.debug.print("path to 4: {any} (len {d})\n", .{ path.items, dist[4] });
}
