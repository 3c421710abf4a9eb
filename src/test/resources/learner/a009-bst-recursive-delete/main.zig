const std = @import("std");
const Allocator = std.mem.Allocator;

const Node = struct {
    key: u32,
    left: ?*Node = null,
    right: ?*Node = null,
};

fn insert(allocator: Allocator, root: ?*Node, key: u32) !*Node {
    const n = root orelse {
        const fresh = try allocator.create(Node);
        fresh.* = .{ .key = key };
        return fresh;
    };
    if (key < n.key) {
        n.left = try insert(allocator, n.left, key);
    } else if (key > n.key) {
        n.right = try insert(allocator, n.right, key);
    }
    return n;
}

fn minNode(node: *Node) *Node {
    var it = node;
    while (it.left) |l| it = l;
    return it;
}

fn delete(allocator: Allocator, root: ?*Node, key: u32) ?*Node {
    const n = root orelse return null;
    if (key < n.key) {
        n.left = delete(allocator, n.left, key);
        return n;
    }
    if (key > n.key) {
        n.right = delete(allocator, n.right, key);
        return n;
    }
    if (n.left == null) {
        const child = n.right;
        allocator.destroy(n);
        return child;
    }
    if (n.right == null) {
        const child = n.left;
        allocator.destroy(n);
        return child;
    }
    const successor = minNode(n.right.?);
    n.key = successor.key;
    n.right = delete(allocator, n.right, successor.key);
    return n;
}

fn writeInorder(node: ?*Node, out: *std.ArrayList(u32)) !void {
    const n = node orelse return;
    try writeInorder(n.left, out);
    try out.append(n.key);
    try writeInorder(n.right, out);
}

fn destroyAll(allocator: Allocator, node: ?*Node) void {
    if (node) |n| {
        destroyAll(allocator, n.left);
        destroyAll(allocator, n.right);
        allocator.destroy(n);
    }
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var root: ?*Node = null;
    defer destroyAll(allocator, root);
    for ([_]u32{ 8, 3, 10, 1, 6, 14, 4, 7, 13 }) |k| root = try insert(allocator, root, k);

    var keys = std.ArrayList(u32).init(allocator);
    defer keys.deinit();
    for ([_]u32{ 0, 1, 6, 8, 99 }) |victim| {
        root = delete(allocator, root, victim);
        keys.clearRetainingCapacity();
        try writeInorder(root, &keys);
        std.debug.print("after delete {d:>2}: {any} (root {d})\n", .{ victim, keys.items, root.?.key });
    }
}
