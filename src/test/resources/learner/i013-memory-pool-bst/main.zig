const std = @import("std");

const Node = struct {
    key: u32,
    left: ?*Node = null,
    right: ?*Node = null,
};

const Tree = struct {
    pool: std.heap.MemoryPool(Node),
    root: ?*Node = null,
    size: usize = 0,

    fn insert(self: *Tree, key: u32) !void {
        var link = &self.root;
        while (link.*) |n| {
            if (key == n.key) return;
            link = if (key < n.key) &n.left else &n.right;
        }
        const fresh = try self.pool.create();
        fresh.* = .{ .key = key };
        link.* = fresh;
        self.size += 1;
    }

    fn remove(self: *Tree, key: u32) bool {
        var link = &self.root;
        while (link.*) |n| {
            if (key == n.key) break;
            link = if (key < n.key) &n.left else &n.right;
        } else return false;
        const n = link.*.?;
        if (n.left != null and n.right != null) {
            var succ_link = &n.right;
            while (succ_link.*.?.left != null) succ_link = &succ_link.*.?.left;
            const succ = succ_link.*.?;
            n.key = succ.key;
            succ_link.* = succ.right;
            self.pool.destroy(succ);
        } else {
            link.* = n.left orelse n.right;
            self.pool.destroy(n);
        }
        self.size -= 1;
        return true;
    }

    fn walk(n: ?*const Node, out: *std.ArrayList(u32)) !void {
        const x = n orelse return;
        try walk(x.left, out);
        try out.append(x.key);
        try walk(x.right, out);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var tree = Tree{ .pool = try std.heap.MemoryPool(Node).initPreheated(gpa.allocator(), 4) };
    defer tree.pool.deinit();

    var prng = std.Random.DefaultPrng.init(2024);
    const rand = prng.random();
    for (0..12) |_| try tree.insert(rand.intRangeAtMost(u32, 1, 50));
    var keys = std.ArrayList(u32).init(gpa.allocator());
    defer keys.deinit();
    try Tree.walk(tree.root, &keys);
    std.debug.print("{d} keys: {any}\n", .{ tree.size, keys.items });

    const victims = [_]u32{ keys.items[0], keys.items[keys.items.len / 2], 1000 };
    for (victims) |v| std.debug.print("remove {d}: {}\n", .{ v, tree.remove(v) });
    keys.clearRetainingCapacity();
    try Tree.walk(tree.root, &keys);
    std.debug.print("{d} keys: {any}\n", .{ tree.size, keys.items });
    std.debug.print("reset kept memory: {}\n", .{tree.pool.reset(.retain_capacity)});
    tree.root = null;
    tree.size = 0;
    try tree.insert(7);
    std.debug.print("root {d}, size {d}\n", .{ tree.root.?.key, tree.size });
}
