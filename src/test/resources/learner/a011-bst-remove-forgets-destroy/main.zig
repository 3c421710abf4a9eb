const std = @import("std");
const testing = std.testing;

const Node = struct {
    key: i32,
    left: ?*Node = null,
    right: ?*Node = null,
};

const Set = struct {
    root: ?*Node = null,
    allocator: std.mem.Allocator,

    fn add(self: *Set, key: i32) !void {
        var link = &self.root;
        while (link.*) |n| {
            if (n.key == key) return;
            link = if (key < n.key) &n.left else &n.right;
        }
        const node = try self.allocator.create(Node);
        node.* = .{ .key = key };
        link.* = node;
    }

    // Only handles nodes with at most one child; the unlinked node is forgotten, not destroyed.
    fn removeSimple(self: *Set, key: i32) bool {
        var link = &self.root;
        while (link.*) |n| {
            if (n.key == key) {
                if (n.left != null and n.right != null) return false;
                link.* = n.left orelse n.right;
                return true;
            }
            link = if (key < n.key) &n.left else &n.right;
        }
        return false;
    }

    fn deinit(self: *Set) void {
        freeTree(self.allocator, self.root);
    }

    fn freeTree(allocator: std.mem.Allocator, node: ?*Node) void {
        const n = node orelse return;
        freeTree(allocator, n.left);
        freeTree(allocator, n.right);
        allocator.destroy(n);
    }
};

test "add ignores duplicates" {
    var set = Set{ .allocator = testing.allocator };
    defer set.deinit();
    try set.add(5);
    try set.add(5);
    try testing.expect(set.root.?.left == null and set.root.?.right == null);
}

test "remove a leaf" {
    var set = Set{ .allocator = testing.allocator };
    defer set.deinit();
    for ([_]i32{ 5, 3, 8, 1 }) |k| try set.add(k);
    try testing.expect(set.removeSimple(1));
    try testing.expect(set.root.?.left.?.left == null);
    try testing.expect(!set.removeSimple(42));
}
