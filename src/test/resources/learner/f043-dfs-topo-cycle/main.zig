const std = @import("std");

const Color = enum { white, gray, black };

const Dag = struct {
    names: []const []const u8,
    edges: []const []const usize,

    fn visit(self: Dag, u: usize, color: []Color, order: *std.ArrayList(usize)) !void {
        switch (color[u]) {
            .black => return,
            .gray => {
                std.debug.print("cycle through {s}\n", .{self.names[u]});
                return error.Cycle;
            },
            .white => {},
        }
        color[u] = .gray;
        for (self.edges[u]) |v| try self.visit(v, color, order);
        color[u] = .black;
        try order.append(u);
    }

    fn topo(self: Dag, alloc: std.mem.Allocator) ![]usize {
        const color = try alloc.alloc(Color, self.names.len);
        defer alloc.free(color);
        @memset(color, .white);
        var order = std.ArrayList(usize).init(alloc);
        errdefer order.deinit();
        for (0..self.names.len) |u| try self.visit(u, color, &order);
        std.mem.reverse(usize, order.items);
        return order.toOwnedSlice();
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const names = [_][]const u8{ "shirt", "tie", "jacket", "socks", "shoes", "pants" };
    var dag = Dag{ .names = &names, .edges = &.{ &.{ 1, 2 }, &.{2}, &.{}, &.{4}, &.{}, &.{ 4, 2 } } };
    const order = try dag.topo(a);
    defer a.free(order);
    for (order, 1..) |u, i| std.debug.print("{d}. {s}\n", .{ i, names[u] });
    dag.edges = &.{ &.{1}, &.{2}, &.{0}, &.{}, &.{}, &.{} };
    const bad = try dag.topo(a);
    defer a.free(bad);
}
