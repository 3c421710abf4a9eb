const std = @import("std");

const Node = struct {
    key: i32,
    height: i8 = 1,
    left: ?*Node = null,
    right: ?*Node = null,
};

fn height(n: ?*Node) i8 {
    return if (n) |x| x.height else 0;
}

fn fix(n: *Node) void {
    n.height = 1 + @max(height(n.left), height(n.right));
}

fn rotateRight(y: *Node) *Node {
    const x = y.left.?;
    y.left = x.right;
    x.right = y;
    fix(y);
    fix(x);
    return x;
}

fn rotateLeft(x: *Node) *Node {
    const y = x.right.?;
    x.right = y.left;
    y.left = x;
    fix(x);
    fix(y);
    return y;
}

fn balance(n: *Node) *Node {
    fix(n);
    const bf = height(n.left) - height(n.right);
    if (bf > 1) {
        if (height(n.left.?.left) < height(n.left.?.right)) n.left = rotateLeft(n.left.?);
        return rotateRight(n);
    }
    if (bf < -1) {
        if (height(n.right.?.right) < height(n.right.?.left)) n.right = rotateRight(n.right.?);
        return rotateLeft(n);
    }
    return n;
}

fn insert(a: std.mem.Allocator, root: ?*Node, key: i32) !*Node {
    const n = root orelse {
        const fresh = try a.create(Node);
        fresh.* = .{ .key = key };
        return fresh;
    };
    if (key < n.key) n.left = try insert(a, n.left, key) else n.right = try insert(a, n.right, key);
    return balance(n);
}

fn removeMin(n: *Node, out: **Node) ?*Node {
    if (n.left) |l| {
        n.left = removeMin(l, out);
        return balance(n);
    }
    out.* = n;
    return n.right;
}

fn remove(a: std.mem.Allocator, root: ?*Node, key: i32) ?*Node {
    const n = root orelse return null;
    if (key < n.key) {
        n.left = remove(a, n.left, key);
    } else if (key > n.key) {
        n.right = remove(a, n.right, key);
    } else {
        const l = n.left;
        const r = n.right orelse {
            a.destroy(n);
            return l;
        };
        var succ: *Node = undefined;
        const rest = removeMin(r, &succ);
        succ.left = l;
        succ.right = rest;
        a.destroy(n);
        return balance(succ);
    }
    return balance(n);
}

fn show(n: ?*Node, depth: usize) void {
    const x = n orelse return;
    show(x.right, depth + 1);
    std.debug.print("{s}{d} (h={d})\n", .{ "      "[0 .. depth * 2 % 7], x.key, x.height });
    show(x.left, depth + 1);
}

fn freeAll(a: std.mem.Allocator, n: ?*Node) void {
    const x = n orelse return;
    freeAll(a, x.left);
    freeAll(a, x.right);
    a.destroy(x);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var root: ?*Node = null;
    for ([_]i32{ 10, 20, 30, 40, 50, 25, 5, 4, 3 }) |k| root = try insert(a, root, k);
    show(root, 0);
    std.debug.print("--- delete 30, 10, 4\n", .{});
    for ([_]i32{ 30, 10, 4 }) |k| root = remove(a, root, k);
    show(root, 0);
    std.debug.print("root height = {d}\n", .{height(root)});
    freeAll(a, root.?.left);
}
