const std = @import("std");

fn Queue(comptime T: type) type {
    return struct {
        const Self = @This();
        const Node = struct { value: T, next: ?*Node = null };
        head: ?*Node = null,
        tail: ?*Node = null,
        gpa: std.mem.Allocator,

        fn enqueue(self: *Self, v: T) !void {
            const n = try self.gpa.create(Node);
            n.* = .{ .value = v };
            if (self.tail) |t| t.next = n else self.head = n;
            self.tail = n;
        }
        fn dequeue(self: *Self) ?T {
            const h = self.head orelse return null;
            defer self.gpa.destroy(h);
            self.head = h.next;
            if (self.head == null) self.tail = null;
            return h.value;
        }
    };
}

test "queue order" {
    var q = Queue(i32){ .gpa = std.testing.allocator };
    try q.enqueue(1);
    try q.enqueue(2);
    try q.enqueue(3);
    try std.testing.expectEqual(@as(?i32, 1), q.dequeue());
    try std.testing.expectEqual(@as(?i32, 2), q.dequeue());
    try std.testing.expectEqual(@as(?i32, 3), q.dequeue());
    try std.testing.expectEqual(@as(?i32, null), q.dequeue());
}

test "queue out of memory" {
    var failing = std.testing.FailingAllocator.init(std.testing.allocator, .{ .fail_index = 2 });
    var q = Queue(u8){ .gpa = failing.allocator() };
    try q.enqueue(1);
    try q.enqueue(2);
    try std.testing.expectError(error.OutOfMemory, q.enqueue(3));
    while (q.dequeue()) |_| {}
}

test "queue leaks" {
    var q = Queue(u8){ .gpa = std.testing.allocator };
    try q.enqueue(9);
}
