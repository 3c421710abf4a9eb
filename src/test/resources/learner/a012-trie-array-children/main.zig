const std = @import("std");

const Trie = struct {
    const Node = struct {
        children: [26]?*Node = [_]?*Node{null} ** 26,
        is_word: bool = false,
    };

    root: *Node,
    allocator: std.mem.Allocator,
    words: usize = 0,

    fn init(allocator: std.mem.Allocator) !Trie {
        const root = try allocator.create(Node);
        root.* = .{};
        return .{ .root = root, .allocator = allocator };
    }

    fn deinit(self: *Trie) void {
        self.freeNode(self.root);
    }

    fn freeNode(self: *Trie, node: *Node) void {
        for (node.children) |child| {
            if (child) |c| self.freeNode(c);
        }
        self.allocator.destroy(node);
    }

    fn insert(self: *Trie, word: []const u8) !void {
        var node = self.root;
        for (word) |ch| {
            const slot = &node.children[ch - 'a'];
            if (slot.* == null) {
                const fresh = try self.allocator.create(Node);
                fresh.* = .{};
                slot.* = fresh;
            }
            node = slot.*.?;
        }
        if (!node.is_word) self.words += 1;
        node.is_word = true;
    }

    fn walk(self: Trie, prefix: []const u8) ?*Node {
        var node = self.root;
        for (prefix) |ch| node = node.children[ch - 'a'] orelse return null;
        return node;
    }

    fn contains(self: Trie, word: []const u8) bool {
        const node = self.walk(word) orelse return false;
        return node.is_word;
    }

    fn printWords(node: *Node, buf: *[32]u8, depth: usize) void {
        if (node.is_word) std.debug.print("  {s}\n", .{buf[0..depth]});
        for (node.children, 0..) |child, i| {
            if (child) |c| {
                buf[depth] = @intCast('a' + i);
                printWords(c, buf, depth + 1);
            }
        }
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("leaks: {}\n", .{gpa.deinit() == .leak});

    var trie = try Trie.init(gpa.allocator());
    defer trie.deinit();
    for ([_][]const u8{ "car", "cart", "care", "cat", "dog", "do", "car" }) |w| try trie.insert(w);

    std.debug.print("{d} distinct words\n", .{trie.words});
    for ([_][]const u8{ "car", "ca", "dot", "do" }) |w| {
        std.debug.print("contains({s}) = {}, prefix = {}\n", .{ w, trie.contains(w), trie.walk(w) != null });
    }
    var buf: [32]u8 = undefined;
    if (trie.walk("ca")) |node| {
        @memcpy(buf[0..2], "ca");
        std.debug.print("words starting with ca:\n", .{});
        Trie.printWords(node, &buf, 2);
    }
}
