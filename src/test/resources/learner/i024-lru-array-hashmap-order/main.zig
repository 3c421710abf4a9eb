const std = @import("std");

/// An LRU cache where the array hash map's insertion order is the recency order.
const Cache = struct {
    map: std.AutoArrayHashMap(u32, []u8),
    cap: usize,
    hits: u32 = 0,
    misses: u32 = 0,

    fn get(self: *Cache, key: u32) ?[]const u8 {
        const kv = self.map.fetchOrderedRemove(key) orelse {
            self.misses += 1;
            return null;
        };
        self.map.putAssumeCapacity(kv.key, kv.value);
        self.hits += 1;
        return kv.value;
    }

    fn put(self: *Cache, key: u32, text: []const u8) !void {
        const a = self.map.allocator;
        if (self.map.fetchOrderedRemove(key)) |old| a.free(old.value);
        if (self.map.count() == self.cap) {
            const oldest = self.map.keys()[0];
            const gone = self.map.fetchOrderedRemove(oldest).?;
            std.debug.print("  evict {d} ({s})\n", .{ gone.key, gone.value });
            a.free(gone.value);
        }
        try self.map.put(key, try a.dupe(u8, text));
    }

    fn deinit(self: *Cache) void {
        for (self.map.values()) |v| self.map.allocator.free(v);
        self.map.deinit();
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var cache = Cache{ .map = std.AutoArrayHashMap(u32, []u8).init(gpa.allocator()), .cap = 3 };
    defer cache.deinit();

    try cache.put(1, "one");
    try cache.put(2, "two");
    try cache.put(3, "three");
    _ = cache.get(1);
    try cache.put(4, "four");
    try cache.put(2, "TWO");
    for ([_]u32{ 3, 1, 9, 2 }) |k| std.debug.print("get {d} -> {?s}\n", .{ k, cache.get(k) });
    std.debug.print("order (old->new): {any}\n", .{cache.map.keys()});
    std.debug.print("hits {d}, misses {d}, index of 2: {?d}\n", .{ cache.hits, cache.misses, cache.map.getIndex(2) });
    const v = cache.map.get(4).?;
    std.debug.print("value of 4: {s}\n", .{v});
}
