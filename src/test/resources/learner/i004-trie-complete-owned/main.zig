const std = @import("std");

const Trie = struct {
    const Node = struct {
        children: [26]?*Node = [_]?*Node{null} ** 26,
        terminal: bool = false,
    };

    root: Node = .{},
    allocator: std.mem.Allocator,

    fn insert(self: *Trie, word: []const u8) !void {
        var cur = &self.root;
        for (word) |c| {
            const slot = &cur.children[c - 'a'];
            if (slot.* == null) {
                const n = try self.allocator.create(Node);
                n.* = .{};
                slot.* = n;
            }
            cur = slot.*.?;
        }
        cur.terminal = true;
    }

    fn collect(node: *const Node, prefix: *std.ArrayList(u8), out: *std.ArrayList([]u8)) !void {
        if (node.terminal) try out.append(try out.allocator.dupe(u8, prefix.items));
        for (node.children, 0..) |child, i| {
            const c = child orelse continue;
            try prefix.append(@as(u8, @intCast(i)) + 'a');
            try collect(c, prefix, out);
            prefix.shrinkRetainingCapacity(prefix.items.len - 1);
        }
    }

    /// Caller owns the returned slice and each word in it.
    fn complete(self: *Trie, prefix: []const u8) ![][]u8 {
        var cur = &self.root;
        for (prefix) |c| cur = cur.children[c - 'a'] orelse return &.{};
        var buf = std.ArrayList(u8).init(self.allocator);
        defer buf.deinit();
        try buf.appendSlice(prefix);
        var out = std.ArrayList([]u8).init(self.allocator);
        errdefer out.deinit();
        try collect(cur, &buf, &out);
        return out.toOwnedSlice();
    }

    fn freeNode(self: *Trie, n: *Node) void {
        for (n.children) |child| if (child) |c| {
            self.freeNode(c);
            self.allocator.destroy(c);
        };
    }

    fn deinit(self: *Trie) void {
        self.freeNode(&self.root);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var trie = Trie{ .allocator = gpa.allocator() };
    defer trie.deinit();

    for ([_][]const u8{ "car", "card", "care", "cart", "cat", "dog", "do", "dot" }) |w| try trie.insert(w);

    for ([_][]const u8{ "car", "do", "z", "ca" }) |p| {
        const words = try trie.complete(p);
        defer {
            for (words) |w| gpa.allocator().free(w);
            gpa.allocator().free(words);
        }
        std.debug.print("{s}: {d} -> {s}\n", .{ p, words.len, words });
    }
    try trie.insert("Cat");
}
