const std = @import("std");
fn Queue(comptime T: type) type {
    return struct {
        const Self = @This();
        const Node = struct { data: T, next: ?*Node = null };
        head: ?*Node = null,
        tail: ?*Node = null,
        len: usize = 0,
        allocator: std.mem.Allocator,
        fn init(a: std.mem.Allocator) Self {
            return .{ .allocator = a };
        }
        fn push(self: *Self, v: T) !void {
            const n = try self.allocator.create(Node);
            n.* = .{ .data = v };
            if (self.tail) |t| t.next = n else self.head = n;
            self.tail = n;
            self.len += 1;
        }
        fn pop(self: *Self) ?T {
            const h = self.head orelse return null;
            defer self.allocator.destroy(h);
            self.head = h.next;
            if (self.head == null) self.tail = null;
            self.len -= 1;
            return h.data;
        }
    };
}
test "queue of strings" {
    var q = Queue([]const u8).init(std.testing.allocator);
    try q.push("a");
    try q.push("b");
    try std.testing.expectEqualStrings("a", q.pop().?);
    try std.testing.expectEqual(@as(usize, 1), q.len);
}
test "queue empty" {
    var q = Queue(u8).init(std.testing.allocator);
    try std.testing.expectEqual(@as(?u8, null), q.pop());
    std.debug.print("{s}\n", .{@typeName(@TypeOf(q))});
    std.debug.print("{s}\n", .{@typeName(Queue(u8).Node)});
}
test "queue failing alloc" {
    var q = Queue(u32).init(std.testing.failing_allocator);
    try std.testing.expectError(error.OutOfMemory, q.push(1));
    try q.push(2);
}
