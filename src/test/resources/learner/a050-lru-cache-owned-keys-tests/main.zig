const std = @import("std");
const testing = std.testing;

/// LRU cache of string keys -> u64, written by hand: a doubly linked list keeps recency,
/// a StringHashMap finds nodes. Keys are owned by the nodes.
const Lru = struct {
    const Node = struct {
        key: []u8,
        value: u64,
        prev: ?*Node = null,
        next: ?*Node = null,
    };

    allocator: std.mem.Allocator,
    map: std.StringHashMap(*Node),
    newest: ?*Node = null,
    oldest: ?*Node = null,
    limit: usize,

    fn init(allocator: std.mem.Allocator, limit: usize) Lru {
        return .{ .allocator = allocator, .map = std.StringHashMap(*Node).init(allocator), .limit = limit };
    }

    fn deinit(self: *Lru) void {
        var it = self.newest;
        while (it) |n| {
            it = n.next;
            self.allocator.free(n.key);
            self.allocator.destroy(n);
        }
        self.map.deinit();
    }

    fn detach(self: *Lru, n: *Node) void {
        if (n.prev) |p| p.next = n.next else self.newest = n.next;
        if (n.next) |x| x.prev = n.prev else self.oldest = n.prev;
        n.prev = null;
        n.next = null;
    }

    fn pushNewest(self: *Lru, n: *Node) void {
        n.next = self.newest;
        if (self.newest) |h| h.prev = n else self.oldest = n;
        self.newest = n;
    }

    fn get(self: *Lru, key: []const u8) ?u64 {
        const n = self.map.get(key) orelse return null;
        self.detach(n);
        self.pushNewest(n);
        return n.value;
    }

    fn put(self: *Lru, key: []const u8, value: u64) !void {
        if (self.map.get(key)) |n| {
            n.value = value;
            self.detach(n);
            self.pushNewest(n);
            return;
        }
        if (self.map.count() == self.limit) {
            const victim = self.oldest.?;
            self.detach(victim);
            _ = self.map.remove(victim.key);
            self.allocator.free(victim.key);
            self.allocator.destroy(victim);
        }
        const n = try self.allocator.create(Node);
        errdefer self.allocator.destroy(n);
        n.* = .{ .key = try self.allocator.dupe(u8, key), .value = value };
        errdefer self.allocator.free(n.key);
        try self.map.put(n.key, n);
        self.pushNewest(n);
    }
};

test "evicts the least recently used key" {
    var lru = Lru.init(testing.allocator, 2);
    defer lru.deinit();
    try lru.put("a", 1);
    try lru.put("b", 2);
    try testing.expectEqual(@as(?u64, 1), lru.get("a"));
    try lru.put("c", 3);
    try testing.expectEqual(@as(?u64, null), lru.get("b"));
    try testing.expectEqual(@as(?u64, 3), lru.get("c"));
    try testing.expectEqualStrings("a", lru.oldest.?.key);
}

test "keys are copied" {
    var lru = Lru.init(testing.allocator, 4);
    defer lru.deinit();
    var buf = "key1".*;
    try lru.put(&buf, 10);
    buf[3] = '2';
    try lru.put(&buf, 20);
    try testing.expectEqual(@as(?u64, 10), lru.get("key1"));
    try testing.expectEqual(@as(u32, 2), lru.map.count());
}

test "no allocation failure leaks" {
    try testing.checkAllAllocationFailures(testing.allocator, struct {
        fn run(allocator: std.mem.Allocator) !void {
            var lru = Lru.init(allocator, 1);
            defer lru.deinit();
            try lru.put("x", 1);
            try lru.put("y", 2);
        }
    }.run, .{});
}
