const std = @import("std");
const testing = std.testing;

const TrieNode = struct {
    children: std.AutoHashMap(u8, *TrieNode),
    terminal: bool = false,

    fn create(allocator: std.mem.Allocator) !*TrieNode {
        const node = try allocator.create(TrieNode);
        node.* = .{ .children = std.AutoHashMap(u8, *TrieNode).init(allocator) };
        return node;
    }

    fn destroy(self: *TrieNode, allocator: std.mem.Allocator) void {
        var it = self.children.valueIterator();
        while (it.next()) |child| child.*.destroy(allocator);
        self.children.deinit();
        allocator.destroy(self);
    }

    fn insert(self: *TrieNode, allocator: std.mem.Allocator, word: []const u8) !void {
        var node = self;
        for (word) |ch| {
            const entry = try node.children.getOrPut(ch);
            if (!entry.found_existing) entry.value_ptr.* = try TrieNode.create(allocator);
            node = entry.value_ptr.*;
        }
        node.terminal = true;
    }

    fn countWithPrefix(self: *const TrieNode, allocator: std.mem.Allocator, prefix: []const u8) usize {
        var node = self;
        for (prefix) |ch| node = node.children.get(ch) orelse return 0;
        return countBelow(node);
    }

    fn countBelow(node: *const TrieNode) usize {
        var total: usize = if (node.terminal) 1 else 0;
        var it = node.children.valueIterator();
        while (it.next()) |child| total += countBelow(child.*);
        return total;
    }
};

test "prefix counts" {
    const root = try TrieNode.create(testing.allocator);
    defer root.destroy(testing.allocator);
    for ([_][]const u8{ "tea", "ten", "tent", "to", "inn" }) |w| try root.insert(testing.allocator, w);
    try testing.expectEqual(@as(usize, 4), root.countWithPrefix(testing.allocator, "t"));
    try testing.expectEqual(@as(usize, 2), root.countWithPrefix(testing.allocator, "ten"));
    try testing.expectEqual(@as(usize, 0), root.countWithPrefix(testing.allocator, "x"));
}
