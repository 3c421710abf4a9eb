const std = @import("std");

const Tree = struct {
    const Node = struct {
        key: i32,
        left: ?*Node = null,
        right: ?*Node = null,
    };
    root: ?*Node = null,
    alloc: std.mem.Allocator,

    fn insert(self: *Tree, key: i32) !void {
        var link = &self.root;
        while (link.*) |n| {
            if (key == n.key) return;
            link = if (key < n.key) &n.left else &n.right;
        }
        const node = try self.alloc.create(Node);
        node.* = .{ .key = key };
        link.* = node;
    }

    fn height(n: ?*Node) usize {
        const node = n orelse return 0;
        return 1 + @max(height(node.left), height(node.right));
    }

    fn walk(n: ?*Node, depth: usize) void {
        const node = n orelse return;
        walk(node.right, depth + 1);
        std.debug.print("{s}{d}\n", .{ "    "[0..@min(depth, 4)], node.key });
        walk(node.left, depth + 1);
    }

    fn freeAll(self: *Tree, n: ?*Node) void {
        const node = n orelse return;
        self.freeAll(node.left);
        if (node.key > 50) self.freeAll(node.right);
        self.alloc.destroy(node);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer {
        const status = gpa.deinit();
        std.debug.print("leaked: {}\n", .{status == .leak});
    }
    var t = Tree{ .alloc = gpa.allocator() };
    for ([_]i32{ 50, 30, 70, 20, 40, 60, 80, 40 }) |k| try t.insert(k);
    Tree.walk(t.root, 0);
    std.debug.print("height {d}\n", .{Tree.height(t.root)});
    t.freeAll(t.root);
}
