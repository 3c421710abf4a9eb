const std = @import("std");

const Node = struct {
    key: i32,
    left: ?*Node = null,
    right: ?*Node = null,
};

const Tree = struct {
    root: ?*Node = null,
    allocator: std.mem.Allocator,
    count: usize = 0,

    fn insert(self: *Tree, key: i32) !void {
        var link = &self.root;
        while (link.*) |n| {
            link = if (key < n.key) &n.left else &n.right;
        }
        const node = try self.allocator.create(Node);
        node.* = .{ .key = key };
        link.* = node;
        self.count += 1;
    }

    fn height(n: ?*Node) usize {
        const node = n orelse return 0;
        return 1 + @max(height(node.left), height(node.right));
    }

    fn inorder(n: ?*Node, out: *std.ArrayList(i32)) !void {
        if (n) |node| {
            try inorder(node.left, out);
            try out.append(node.key);
            try inorder(node.right, out);
        }
    }

    fn freeAll(self: *Tree, n: ?*Node) void {
        if (n) |node| {
            self.freeAll(node.left);
            self.freeAll(node.right);
            self.allocator.destroy(node);
        }
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var t = Tree{ .allocator = gpa.allocator() };
    defer t.freeAll(t.root);
    for ([_]i32{ 50, 30, 70, 20, 40, 60, 80, 35 }) |k| try t.insert(k);
    var list = std.ArrayList(i32).init(gpa.allocator());
    defer list.deinit();
    try Tree.inorder(t.root, &list);
    std.debug.print("{d} nodes, height {d}: {any}\n", .{ t.count, Tree.height(t.root), list.items });
    const s = std.mem.sliceAsBytes(list.items[0..2]);
    std.debug.print("bytes {x}\n", .{s});
    std.debug.print("{}\n", .{std.fmt.fmtSliceHexUpper(s[0..4])});
}
