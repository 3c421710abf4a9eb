const std = @import("std");

const Node = struct {
    freq: u32,
    sym: ?u8,
    left: ?*Node = null,
    right: ?*Node = null,
};

fn lessFreq(_: void, a: *Node, b: *Node) std.math.Order {
    const o = std.math.order(a.freq, b.freq);
    if (o != .eq) return o;
    return std.math.order(a.sym orelse 255, b.sym orelse 255);
}

fn codes(n: *const Node, prefix: *std.ArrayList(u8), table: *[256]?[]u8, a: std.mem.Allocator) !void {
    if (n.sym) |s| {
        table[s] = try a.dupe(u8, if (prefix.items.len == 0) "0" else prefix.items);
        return;
    }
    try prefix.append('0');
    try codes(n.left.?, prefix, table, a);
    prefix.items[prefix.items.len - 1] = '1';
    try codes(n.right.?, prefix, table, a);
    prefix.items.len -= 1;
}

fn freeTree(a: std.mem.Allocator, n: *Node) void {
    if (n.left) |l| freeTree(a, l);
    if (n.right) |r| freeTree(a, r);
    a.destroy(n);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const text = "abracadabra alakazam";

    var freq = [_]u32{0} ** 256;
    for (text) |c| freq[c] += 1;
    var pq = std.PriorityQueue(*Node, void, lessFreq).init(a, {});
    defer pq.deinit();
    for (freq, 0..) |f, c| {
        if (f == 0) continue;
        const n = try a.create(Node);
        n.* = .{ .freq = f, .sym = @intCast(c) };
        try pq.add(n);
    }
    while (pq.count() > 1) {
        const x = pq.remove();
        const y = pq.remove();
        const n = try a.create(Node);
        n.* = .{ .freq = x.freq + y.freq, .sym = null, .left = x, .right = y };
        try pq.add(n);
    }
    const root = pq.remove();
    defer freeTree(a, root);

    var table = [_]?[]u8{null} ** 256;
    defer for (table) |c| if (c) |s| a.free(s);
    var prefix = std.ArrayList(u8).init(a);
    defer prefix.deinit();
    try codes(root, &prefix, &table, a);

    var bits: usize = 0;
    for (table, 0..) |c, s| if (c) |code| {
        std.debug.print("'{c}' x{d}: {s}\n", .{ @as(u8, @intCast(s)), freq[s], code });
        bits += freq[s] * code.len;
    };
    std.debug.print("{d} bits instead of {d}\n", .{ bits, text.len * 8 });
}
