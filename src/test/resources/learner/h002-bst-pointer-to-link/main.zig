const std = @import("std");

const Node = struct {
    key: i32,
    left: ?*Node = null,
    right: ?*Node = null,
};

const Tree = struct {
    root: ?*Node = null,
    alloc: std.mem.Allocator,
    count: usize = 0,

    fn insert(self: *Tree, key: i32) !void {
        var link = &self.root;
        while (link.*) |n| {
            if (key == n.key) return;
            link = if (key < n.key) &n.left else &n.right;
        }
        const node = try self.alloc.create(Node);
        node.* = .{ .key = key };
        link.* = node;
        self.count += 1;
    }

    fn removeMin(self: *Tree) ?i32 {
        var link = &self.root;
        while (link.*) |n| {
            if (n.left == null) {
                link.* = n.right;
                const k = n.key;
                self.alloc.destroy(n);
                self.count -= 1;
                return k;
            }
            link = &n.left;
        }
        return null;
    }

    fn height(n: ?*Node) usize {
        const node = n orelse return 0;
        return 1 + @max(height(node.left), height(node.right));
    }

    fn inorder(n: ?*Node, w: anytype) !void {
        const node = n orelse return;
        try inorder(node.left, w);
        try w.print("{d} ", .{node.key});
        try inorder(node.right, w);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var t = Tree{ .alloc = gpa.allocator() };
    const keys = [_]i32{ 50, 30, 70, 20, 40, 60, 80, 30, 65 };
    for (keys) |k| try t.insert(k);
    const w = std.io.getStdOut().writer();
    try Tree.inorder(t.root, w);
    try w.print("\ncount={d} height={d}\n", .{ t.count, Tree.height(t.root) });
    var i: usize = 0;
    while (i < 3) : (i += 1) {
        if (t.removeMin()) |k| try w.print("min {d}\n", .{k});
    }
    try Tree.inorder(t.root, w);
    try w.print("\nleft {d} nodes\n", .{t.count});
}
