const std = @import("std");

const Task = struct {
    id: u32,
    title: []const u8,
};
const Queue = std.DoublyLinkedList(Task);

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var q = Queue{};
    const titles = [_][]const u8{ "wash", "cook", "read", "sleep" };
    for (titles, 0..) |t, i| {
        const node = try alloc.create(Queue.Node);
        node.data = .{ .id = @intCast(i + 1), .title = t };
        if (i % 2 == 0) q.append(node) else q.prepend(node);
    }
    var it = q.first;
    while (it) |n| : (it = n.next) std.debug.print("{d}:{s} ", .{ n.data.id, n.data.title });
    std.debug.print("| len {d}\n", .{q.len});
    const last = q.pop().?;
    std.debug.print("popped {s}\n", .{last.data.title});
    alloc.destroy(last);
    const first = q.popFirst().?;
    std.debug.print("popFirst {s}\n", .{first.data.title});
    q.insertAfter(q.first.?, first);
    var back = q.last;
    while (back) |n| : (back = n.prev) std.debug.print("{s} ", .{n.data.title});
    std.debug.print("\n", .{});
    while (q.popFirst()) |n| alloc.destroy(n);
    alloc.destroy(first);
}
