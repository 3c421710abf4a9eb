const std = @import("std");

const Node = struct {
    children: std.AutoHashMap(u8, *Node),
    count: u32 = 0,
    end: bool = false,

    fn create(a: std.mem.Allocator) !*Node {
        const n = try a.create(Node);
        n.* = .{ .children = std.AutoHashMap(u8, *Node).init(a) };
        return n;
    }

    fn destroy(n: *Node, a: std.mem.Allocator) void {
        var it = n.children.valueIterator();
        while (it.next()) |c| c.*.destroy(a);
        n.children.deinit();
        a.destroy(n);
    }
};

fn insert(a: std.mem.Allocator, root: *Node, word: []const u8) !void {
    var cur = root;
    for (word) |c| {
        const gop = try cur.children.getOrPut(c);
        if (!gop.found_existing) gop.value_ptr.* = try Node.create(a);
        cur = gop.value_ptr.*;
        cur.count += 1;
    }
    cur.end = true;
}

fn prefixCount(root: *Node, prefix: []const u8) u32 {
    var cur = root;
    for (prefix) |c| cur = cur.children.get(c) orelse return 0;
    return cur.count;
}

/// Removes a word; nodes no other word uses are unhooked.
fn remove(root: *Node, word: []const u8) void {
    var cur = root;
    for (word) |c| {
        const next = cur.children.get(c).?;
        next.count -= 1;
        if (next.count == 0) {
            _ = cur.children.remove(c);
            return;
        }
        cur = next;
    }
    cur.end = false;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const root = try Node.create(a);
    defer root.destroy(a);

    for ([_][]const u8{ "heap", "heaps", "help", "hello", "stack", "stash", "he" }) |w| try insert(a, root, w);
    for ([_][]const u8{ "he", "hel", "st", "sta", "x" }) |p| std.debug.print("{s:<4} {d}\n", .{ p, prefixCount(root, p) });
    remove(root, "stash");
    remove(root, "hello");
    std.debug.print("after removing: st={d} hel={d} help={d}\n", .{ prefixCount(root, "st"), prefixCount(root, "hel"), prefixCount(root, "help") });
}
