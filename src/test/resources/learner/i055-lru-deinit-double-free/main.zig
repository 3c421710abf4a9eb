const std = @import("std");

const List = std.DoublyLinkedList(struct { key: u32, val: u32 });

const Cache = struct {
    a: std.mem.Allocator,
    list: List = .{},
    map: std.AutoHashMap(u32, *List.Node),
    cap: usize,

    fn get(self: *Cache, key: u32) ?u32 {
        const node = self.map.get(key) orelse return null;
        self.list.remove(node);
        self.list.prepend(node);
        return node.data.val;
    }

    fn put(self: *Cache, key: u32, val: u32) !void {
        if (self.map.getPtr(key)) |slot| {
            slot.*.data.val = val;
            _ = self.get(key);
            return;
        }
        if (self.list.len == self.cap) {
            const lru = self.list.pop().?;
            _ = self.map.remove(lru.data.key);
            self.a.destroy(lru);
        }
        const node = try self.a.create(List.Node);
        node.data = .{ .key = key, .val = val };
        self.list.prepend(node);
        try self.map.put(key, node);
    }

    fn deinit(self: *Cache) void {
        var it = self.map.valueIterator();
        while (it.next()) |n| self.a.destroy(n.*);
        while (self.list.pop()) |n| self.a.destroy(n);
        self.map.deinit();
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var c = Cache{ .a = gpa.allocator(), .map = std.AutoHashMap(u32, *List.Node).init(gpa.allocator()), .cap = 2 };
    defer c.deinit();
    try c.put(1, 10);
    try c.put(2, 20);
    std.debug.print("get 1 -> {?d}\n", .{c.get(1)});
    try c.put(3, 30);
    std.debug.print("get 2 -> {?d}, get 3 -> {?d}\n", .{ c.get(2), c.get(3) });
    try c.put(1, 11);
    std.debug.print("get 1 -> {?d}, size {d}\n", .{ c.get(1), c.list.len });
}
