const std = @import("std");

const Tree = struct {
    const Node = struct {
        key: i32,
        left: ?*Node = null,
        right: ?*Node = null,
    };

    root: ?*Node = null,
    allocator: std.mem.Allocator,

    fn insert(self: *Tree, key: i32) !void {
        var link = &self.root;
        while (link.*) |node| {
            if (key == node.key) return;
            link = if (key < node.key) &node.left else &node.right;
        }
        const node = try self.allocator.create(Node);
        node.* = .{ .key = key };
        link.* = node;
    }

    fn contains(self: Tree, key: i32) bool {
        var it = self.root;
        while (it) |node| {
            if (key == node.key) return true;
            it = if (key < node.key) node.left else node.right;
        }
        return false;
    }

    fn inorder(node: ?*Node) void {
        const n = node orelse return;
        inorder(n.left);
        std.debug.print("{d} ", .{n.key});
        inorder(n.right);
    }

    fn height(node: ?*Node) usize {
        const n = node orelse return 0;
        return 1 + @max(height(n.left), height(n.right));
    }

    fn freeNode(self: *Tree, node: ?*Node) void {
        const n = node orelse return;
        self.freeNode(n.left);
        self.freeNode(n.right);
        self.allocator.destroy(n);
    }

    fn deinit(self: *Tree) void {
        self.freeNode(self.root);
        self.root = null;
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {s}\n", .{@tagName(gpa.deinit())});

    var tree = Tree{ .allocator = gpa.allocator() };
    defer tree.deinit();

    const keys = [_]i32{ 50, 30, 70, 20, 40, 60, 80, 30, 65 };
    for (keys) |k| try tree.insert(k);

    std.debug.print("in-order: ", .{});
    Tree.inorder(tree.root);
    std.debug.print("\nheight: {d}\n", .{Tree.height(tree.root)});
    for ([_]i32{ 40, 45, 65 }) |k| {
        std.debug.print("contains {d}? {}\n", .{ k, tree.contains(k) });
    }
}
