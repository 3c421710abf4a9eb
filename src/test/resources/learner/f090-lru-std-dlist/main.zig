const std = @import("std");

const Entry = struct { key: []const u8, value: i32 };
const List = std.DoublyLinkedList(Entry);

const Lru = struct {
    list: List = .{},
    map: std.StringHashMap(*List.Node),
    cap: usize,
    alloc: std.mem.Allocator,

    fn get(self: *Lru, key: []const u8) ?i32 {
        const node = self.map.get(key) orelse return null;
        self.list.remove(node);
        self.list.prepend(node);
        return node.data.value;
    }

    fn put(self: *Lru, key: []const u8, value: i32) !void {
        if (self.map.get(key)) |node| {
            node.data.value = value;
            self.list.remove(node);
            self.list.prepend(node);
            return;
        }
        if (self.list.len == self.cap) {
            const victim = self.list.last.?;
            self.list.remove(victim);
            _ = self.map.remove(victim.data.key);
            std.debug.print("evicted {s}\n", .{victim.data.key});
            self.alloc.destroy(victim);
        }
        const node = try self.alloc.create(List.Node);
        node.data = .{ .key = key, .value = value };
        self.list.prepend(node);
        try self.map.put(key, node);
    }

    fn show(self: *Lru) void {
        var it = self.list.first;
        while (it) |n| : (it = n.next) std.debug.print("{s}={d} ", .{ n.data.key, n.data.value });
        std.debug.print("\n", .{});
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var lru = Lru{ .map = std.StringHashMap(*List.Node).init(gpa.allocator()), .cap = 2, .alloc = gpa.allocator() };
    defer lru.map.deinit();
    try lru.put("a", 1);
    try lru.put("b", 2);
    _ = lru.get("a");
    try lru.put("c", 3);
    lru.show();
    std.debug.print("b? {?d} a? {?d}\n", .{ lru.get("b"), lru.get("a") });
    try lru.put("a", 10);
    lru.show();
}
