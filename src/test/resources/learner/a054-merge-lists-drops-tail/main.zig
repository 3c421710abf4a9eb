const std = @import("std");
const testing = std.testing;

const Node = struct {
    val: u32,
    next: ?*Node = null,
};

fn fromSlice(arena: std.mem.Allocator, values: []const u32) !?*Node {
    var head: ?*Node = null;
    var i = values.len;
    while (i > 0) {
        i -= 1;
        const n = try arena.create(Node);
        n.* = .{ .val = values[i], .next = head };
        head = n;
    }
    return head;
}

/// Merges two sorted lists by relinking their nodes.
fn merge(a: ?*Node, b: ?*Node) ?*Node {
    var dummy = Node{ .val = 0 };
    var tail = &dummy;
    var x = a;
    var y = b;
    while (x != null and y != null) {
        if (x.?.val <= y.?.val) {
            tail.next = x;
            x = x.?.next;
        } else {
            tail.next = y;
            y = y.?.next;
        }
        tail = tail.next.?;
    }
    // Bug: the leftover part of x or y is never attached to tail.
    return dummy.next;
}

fn toArray(head: ?*Node, buf: []u32) []u32 {
    var n: usize = 0;
    var it = head;
    while (it) |node| : (it = node.next) {
        buf[n] = node.val;
        n += 1;
    }
    return buf[0..n];
}

test "merge interleaved lists" {
    var arena = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena.deinit();
    const a = try fromSlice(arena.allocator(), &.{ 1, 4, 9 });
    const b = try fromSlice(arena.allocator(), &.{ 2, 3, 10, 12 });
    var buf: [16]u32 = undefined;
    try testing.expectEqualSlices(u32, &.{ 1, 2, 3, 4, 9, 10, 12 }, toArray(merge(a, b), &buf));
}

test "merge with an empty list" {
    var arena = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena.deinit();
    const a = try fromSlice(arena.allocator(), &.{ 5, 6 });
    try testing.expect(merge(null, null) == null);
    try testing.expectEqual(a, merge(a, null));
}
