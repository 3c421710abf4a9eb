const std = @import("std");

const City = struct {
    name: []const u8,
    roads: std.ArrayListUnmanaged(*City) = .{},
    visited: bool = false,
};

const Map = struct {
    arena: std.mem.Allocator,
    cities: std.ArrayListUnmanaged(*City) = .{},

    fn city(self: *Map, name: []const u8) !*City {
        for (self.cities.items) |c| if (std.mem.eql(u8, c.name, name)) return c;
        const c = try self.arena.create(City);
        c.* = .{ .name = try self.arena.dupe(u8, name) };
        try self.cities.append(self.arena, c);
        return c;
    }

    fn road(self: *Map, a: []const u8, b: []const u8) !void {
        const ca = try self.city(a);
        const cb = try self.city(b);
        try ca.roads.append(self.arena, cb);
        try cb.roads.append(self.arena, ca);
    }
};

const indent = "  " ** 8;

fn visit(c: *City, depth: usize) usize {
    if (c.visited) return 0;
    c.visited = true;
    std.debug.print("{s}{s}\n", .{ indent[0 .. depth * 2], c.name });
    var count: usize = 1;
    for (c.roads.items) |next| count += visit(next, depth + 1);
    return count;
}

fn build(map: *Map, roads: []const [2][]const u8) !void {
    for (roads) |r| try map.road(r[0], r[1]);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {s}\n", .{@tagName(gpa.deinit())});
    var arena = std.heap.ArenaAllocator.init(gpa.allocator());
    defer arena.deinit();

    var map = Map{ .arena = arena.allocator() };
    try build(&map, &.{ .{ "Oslo", "Bergen" }, .{ "Oslo", "Trondheim" }, .{ "Bergen", "Stavanger" }, .{ "Tromso", "Bodo" } });
    std.debug.print("{d} cities\n", .{map.cities.items.len});
    std.debug.print("reachable from Oslo: {d}\n", .{visit(map.cities.items[0], 0)});

    _ = arena.reset(.retain_capacity);
    map = Map{ .arena = arena.allocator() };
    try build(&map, &.{ .{ "A", "B" }, .{ "B", "C" }, .{ "C", "A" } });
    std.debug.print("after reset: {d} cities, reachable from A: {d}\n", .{ map.cities.items.len, visit(map.cities.items[0], 1) });
}
