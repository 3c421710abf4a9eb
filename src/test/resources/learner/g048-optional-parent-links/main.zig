const std = @import("std");

const Node = struct {
    name: []const u8,
    parent: ?*Node = null,
    score: ?u32 = null,
};

fn depth(n: *const Node) usize {
    var d: usize = 0;
    var cur = n.parent;
    while (cur) |p| : (cur = p.parent) d += 1;
    return d;
}

fn rootName(n: *Node) []const u8 {
    const p = n.parent orelse return n.name;
    return rootName(p);
}

pub fn main() void {
    var root = Node{ .name = "root" };
    var a = Node{ .name = "a", .parent = &root, .score = 5 };
    var b = Node{ .name = "b", .parent = &a };
    var c = Node{ .name = "c", .parent = &b, .score = 0 };
    const all = [_]*Node{ &root, &a, &b, &c };
    for (all) |n| {
        std.debug.print("{s}: depth {d} root {s} score {?d}\n", .{ n.name, depth(n), rootName(n), n.score });
    }
    if (a.score) |*s| s.* += 10;
    if (b.score) |*s| s.* += 10 else b.score = 1;
    std.debug.print("a {?d} b {?d}\n", .{ a.score, b.score });
    var total: u32 = 0;
    for (all) |n| total += n.score orelse 0;
    std.debug.print("total {d}\n", .{total});
    const maybe: ?*Node = c.parent;
    std.debug.print("c's parent {s}\n", .{if (maybe) |p| p.name else "none"});
    const gp = c.parent.?.parent.?.parent.?;
    std.debug.print("great-grandparent {s}\n", .{gp.name});
    std.debug.print("{s}\n", .{root.parent.?.name});
}
