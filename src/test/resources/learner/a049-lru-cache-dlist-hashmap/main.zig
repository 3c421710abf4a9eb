const std = @import("std");

const Entry = struct { key: u32, value: []const u8 };
const List = std.DoublyLinkedList(Entry);

const LruCache = struct {
    map: std.AutoHashMap(u32, *List.Node),
    order: List = .{},
    capacity: usize,
    allocator: std.mem.Allocator,

    fn init(allocator: std.mem.Allocator, capacity: usize) LruCache {
        return .{ .map = std.AutoHashMap(u32, *List.Node).init(allocator), .capacity = capacity, .allocator = allocator };
    }

    fn deinit(self: *LruCache) void {
        while (self.order.pop()) |node| self.allocator.destroy(node);
        self.map.deinit();
    }

    fn get(self: *LruCache, key: u32) ?[]const u8 {
        const node = self.map.get(key) orelse return null;
        self.order.remove(node);
        self.order.prepend(node);
        return node.data.value;
    }

    fn put(self: *LruCache, key: u32, value: []const u8) !void {
        if (self.map.get(key)) |node| {
            node.data.value = value;
            self.order.remove(node);
            self.order.prepend(node);
            return;
        }
        if (self.order.len == self.capacity) {
            const victim = self.order.pop().?;
            std.debug.print("  evict {d}:{s}\n", .{ victim.data.key, victim.data.value });
            _ = self.map.remove(victim.data.key);
            self.allocator.destroy(victim);
        }
        const node = try self.allocator.create(List.Node);
        node.data = .{ .key = key, .value = value };
        self.order.prepend(node);
        try self.map.put(key, node);
    }

    fn dump(self: LruCache) void {
        var it = self.order.first;
        std.debug.print("  [", .{});
        while (it) |n| : (it = n.next) std.debug.print(" {d}", .{n.data.key});
        std.debug.print(" ]\n", .{});
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {s}\n", .{@tagName(gpa.deinit())});

    var cache = LruCache.init(gpa.allocator(), 3);
    defer cache.deinit();

    try cache.put(1, "one");
    try cache.put(2, "two");
    try cache.put(3, "three");
    cache.dump();
    std.debug.print("get 1 -> {?s}\n", .{cache.get(1)});
    cache.dump();
    std.debug.print("put 4\n", .{});
    try cache.put(4, "four");
    cache.dump();
    std.debug.print("get 2 -> {?s}\n", .{cache.get(2)});
    try cache.put(3, "THREE");
    std.debug.print("put 5\n", .{});
    try cache.put(5, "five");
    cache.dump();
    std.debug.print("get 3 -> {?s}, size {d}\n", .{ cache.get(3), cache.map.count() });
}
