const std = @import("std");

const TrieNode = struct {
    children: [26]?*TrieNode = [_]?*TrieNode{null} ** 26,
    end: bool = false,
};

const Trie = struct {
    root: TrieNode = .{},
    alloc: std.mem.Allocator,

    fn insert(self: *Trie, word: []const u8) !void {
        var node = &self.root;
        for (word) |ch| {
            const i = ch - 'a';
            if (node.children[i] == null) {
                const n = try self.alloc.create(TrieNode);
                n.* = .{};
                node.children[i] = n;
            }
            node = node.children[i].?;
        }
        node.end = true;
    }

    fn contains(self: *const Trie, word: []const u8) bool {
        var node = &self.root;
        for (word) |ch| node = node.children[ch - 'a'] orelse return false;
        return node.end;
    }

    fn countPrefix(node: *const TrieNode) usize {
        var n: usize = @intFromBool(node.end);
        for (node.children) |c| if (c) |child| {
            n += countPrefix(child);
        };
        return n;
    }

    fn deinit(self: *Trie) void {
        // only frees the first level
        for (self.root.children) |c| if (c) |child| self.alloc.destroy(child);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {}\n", .{gpa.deinit()});
    var t = Trie{ .alloc = gpa.allocator() };
    defer t.deinit();
    for ([_][]const u8{ "to", "tea", "ten", "i" }) |w| try t.insert(w);
    for ([_][]const u8{ "te", "tea", "i", "inn" }) |w| std.debug.print("{s}: {}\n", .{ w, t.contains(w) });
    std.debug.print("words under t: {d}\n", .{Trie.countPrefix(t.root.children['t' - 'a'].?)});
}
