const std = @import("std");

const Node = struct {
    key: u32,
    value: []const u8,
    prev: ?*Node = null,
    next: ?*Node = null,
};

const LruCache = struct {
    map: std.AutoHashMap(u32, *Node),
    head: ?*Node = null,
    tail: ?*Node = null,
    capacity: usize,
    allocator: std.mem.Allocator,

    fn init(allocator: std.mem.Allocator, capacity: usize) LruCache {
        return .{ .map = std.AutoHashMap(u32, *Node).init(allocator), .capacity = capacity, .allocator = allocator };
    }

    fn deinit(self: *LruCache) void {
        var it = self.head;
        while (it) |n| {
            it = n.next;
            self.allocator.destroy(n);
        }
        self.map.deinit();
    }

    fn unlink(self: *LruCache, n: *Node) void {
        if (n.prev) |p| p.next = n.next else self.head = n.next;
        if (n.next) |nx| nx.prev = n.prev else self.tail = n.prev;
        n.prev = null;
        n.next = null;
    }

    fn pushFront(self: *LruCache, n: *Node) void {
        n.next = self.head;
        if (self.head) |h| h.prev = n;
        self.head = n;
        if (self.tail == null) self.tail = n;
    }

    fn get(self: *LruCache, key: u32) ?[]const u8 {
        const n = self.map.get(key) orelse return null;
        self.unlink(n);
        self.pushFront(n);
        return n.value;
    }

    fn put(self: *LruCache, key: u32, value: []const u8) !void {
        if (self.map.get(key)) |n| {
            n.value = value;
            self.unlink(n);
            self.pushFront(n);
            return;
        }
        if (self.map.count() == self.capacity) {
            const old = self.tail.?;
            self.unlink(old);
            _ = self.map.remove(old.key);
            std.debug.print("evict {d} ({s})\n", .{ old.key, old.value });
            self.allocator.destroy(old);
        }
        const n = try self.allocator.create(Node);
        n.* = .{ .key = key, .value = value };
        try self.map.put(key, n);
        self.pushFront(n);
    }

    fn dump(self: *LruCache) void {
        var it = self.head;
        std.debug.print("[", .{});
        while (it) |n| : (it = n.next) std.debug.print(" {d}={s}", .{ n.key, n.value });
        std.debug.print(" ]\n", .{});
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var cache = LruCache.init(gpa.allocator(), 3);
    defer cache.deinit();
    try cache.put(1, "one");
    try cache.put(2, "two");
    try cache.put(3, "three");
    cache.dump();
    std.debug.print("get 1 -> {?s}\n", .{cache.get(1)});
    try cache.put(4, "four");
    cache.dump();
    std.debug.print("get 2 -> {?s}\n", .{cache.get(2)});
    try cache.put(3, "THREE");
    try cache.put(5, "five");
    cache.dump();
}
