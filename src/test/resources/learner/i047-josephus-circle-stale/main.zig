const std = @import("std");

const Player = struct {
    id: u32,
    next: *Player = undefined,
    prev: *Player = undefined,
};

fn makeCircle(a: std.mem.Allocator, n: u32) !*Player {
    const first = try a.create(Player);
    first.* = .{ .id = 1 };
    first.next = first;
    first.prev = first;
    var i: u32 = 2;
    while (i <= n) : (i += 1) {
        const p = try a.create(Player);
        p.* = .{ .id = i, .next = first, .prev = first.prev };
        first.prev.next = p;
        first.prev = p;
    }
    return first;
}

fn unlink(p: *Player) *Player {
    p.prev.next = p.next;
    p.next.prev = p.prev;
    return p.next;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    var cur = try makeCircle(a, 7);
    var out_order = std.ArrayList(u32).init(a);
    defer out_order.deinit();
    var last_out: *Player = undefined;
    while (cur.next != cur) {
        cur = cur.next.next; // every third player leaves
        try out_order.append(cur.id);
        const nxt = unlink(cur);
        last_out = cur;
        a.destroy(cur);
        cur = nxt;
    }
    std.debug.print("out: {any}\n", .{out_order.items});
    std.debug.print("survivor: {d}\n", .{cur.id});
    a.destroy(cur);
    std.debug.print("last out was {d}\n", .{last_out.id});
}
