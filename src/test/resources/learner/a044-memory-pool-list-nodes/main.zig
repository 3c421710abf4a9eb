const std = @import("std");

const Node = struct {
    id: u32,
    next: ?*Node = null,
};

const Pool = std.heap.MemoryPool(Node);

fn push(pool: *Pool, head: *?*Node, id: u32) !*Node {
    const n = try pool.create();
    n.* = .{ .id = id, .next = head.* };
    head.* = n;
    return n;
}

fn dropFirst(pool: *Pool, head: *?*Node) ?u32 {
    const n = head.* orelse return null;
    head.* = n.next;
    const id = n.id;
    pool.destroy(n);
    return id;
}

fn dump(head: ?*Node) void {
    var it = head;
    while (it) |n| : (it = n.next) std.debug.print("{d} ", .{n.id});
    std.debug.print("\n", .{});
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {s}\n", .{@tagName(gpa.deinit())});

    var pool = Pool.init(gpa.allocator());
    defer pool.deinit();

    var head: ?*Node = null;
    for (1..5) |i| _ = try push(&pool, &head, @intCast(i));
    dump(head);

    const top_before = head.?;
    std.debug.print("dropped {?d}\n", .{dropFirst(&pool, &head)});
    const reused = try push(&pool, &head, 99);
    std.debug.print("freed slot reused: {}\n", .{reused == top_before});
    dump(head);

    while (dropFirst(&pool, &head)) |id| std.debug.print("drop {d}; ", .{id});
    std.debug.print("\nlist empty: {}\n", .{head == null});
    // No per-node cleanup needed: pool.deinit() releases every node at once.
    for (10..13) |i| _ = try push(&pool, &head, @intCast(i));
    dump(head);
}
