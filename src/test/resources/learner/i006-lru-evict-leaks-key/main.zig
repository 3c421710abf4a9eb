const std = @import("std");

const LRU = struct {
    const List = std.DoublyLinkedList(Entry);
    const Entry = struct { key: []u8, value: u32 };

    allocator: std.mem.Allocator,
    map: std.StringHashMap(*List.Node),
    order: List = .{},
    cap: usize,

    fn init(a: std.mem.Allocator, cap: usize) LRU {
        return .{ .allocator = a, .map = std.StringHashMap(*List.Node).init(a), .cap = cap };
    }

    fn get(self: *LRU, key: []const u8) ?u32 {
        const node = self.map.get(key) orelse return null;
        self.order.remove(node);
        self.order.prepend(node);
        return node.data.value;
    }

    fn put(self: *LRU, key: []const u8, value: u32) !void {
        if (self.map.get(key)) |node| {
            node.data.value = value;
            self.order.remove(node);
            self.order.prepend(node);
            return;
        }
        if (self.order.len == self.cap) {
            const old = self.order.pop().?;
            std.debug.print("  evict {s}\n", .{old.data.key});
            _ = self.map.remove(old.data.key);
            self.allocator.destroy(old);
        }
        const node = try self.allocator.create(List.Node);
        node.data = .{ .key = try self.allocator.dupe(u8, key), .value = value };
        self.order.prepend(node);
        try self.map.put(node.data.key, node);
    }

    fn deinit(self: *LRU) void {
        while (self.order.popFirst()) |n| {
            self.allocator.free(n.data.key);
            self.allocator.destroy(n);
        }
        self.map.deinit();
    }

    fn dump(self: *LRU) void {
        var it = self.order.first;
        std.debug.print("  [", .{});
        while (it) |n| : (it = n.next) std.debug.print(" {s}={d}", .{ n.data.key, n.data.value });
        std.debug.print(" ] len={d}\n", .{self.order.len});
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var cache = LRU.init(gpa.allocator(), 3);
    defer cache.deinit();

    try cache.put("alpha", 1);
    try cache.put("beta", 2);
    try cache.put("gamma", 3);
    cache.dump();
    std.debug.print("get alpha -> {?d}\n", .{cache.get("alpha")});
    try cache.put("delta", 4);
    cache.dump();
    std.debug.print("get beta -> {?d}\n", .{cache.get("beta")});
    try cache.put("gamma", 33);
    try cache.put("eps", 5);
    cache.dump();
}
