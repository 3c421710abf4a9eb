const std = @import("std");

const L = std.DoublyLinkedList(u32);

fn dump(list: L, label: []const u8) void {
    std.debug.print("{s} (len {d}):", .{ label, list.len });
    var it = list.first;
    while (it) |n| : (it = n.next) std.debug.print(" {d}", .{n.data});
    std.debug.print(" | back:", .{});
    var b = list.last;
    while (b) |n| : (b = n.prev) std.debug.print(" {d}", .{n.data});
    std.debug.print("\n", .{});
}

pub fn main() !void {
    var pool = std.heap.MemoryPool(L.Node).init(std.heap.page_allocator);
    defer pool.deinit();
    var list = L{};
    for (1..6) |i| {
        const n = try pool.create();
        n.* = .{ .data = @intCast(i * 10) };
        if (i % 2 == 0) list.append(n) else list.prepend(n);
    }
    dump(list, "built");
    const mid = list.first.?.next.?.next.?;
    const extra = try pool.create();
    extra.* = .{ .data = 7 };
    list.insertAfter(mid, extra);
    dump(list, "insert");
    list.remove(mid);
    pool.destroy(mid);
    dump(list, "remove");
    if (list.popFirst()) |f| pool.destroy(f);
    if (list.pop()) |l| pool.destroy(l);
    dump(list, "popped");
    var other = L{};
    const o = try pool.create();
    o.* = .{ .data = 1000 };
    other.append(o);
    list.concatByMoving(&other);
    dump(list, "concat");
    dump(other, "other");
    var sum: u64 = 0;
    while (list.pop()) |n| {
        sum += n.data;
        pool.destroy(n);
    }
    std.debug.print("sum={d} empty={}\n", .{ sum, list.first == null });
}
