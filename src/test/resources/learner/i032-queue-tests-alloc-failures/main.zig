const std = @import("std");
const testing = std.testing;

fn Queue(comptime T: type) type {
    return struct {
        const Self = @This();
        const Node = struct { value: T, next: ?*Node = null };
        head: ?*Node = null,
        tail: ?*Node = null,
        allocator: std.mem.Allocator,

        fn push(self: *Self, v: T) !void {
            const n = try self.allocator.create(Node);
            n.* = .{ .value = v };
            if (self.tail) |t| t.next = n else self.head = n;
            self.tail = n;
        }

        fn shift(self: *Self) ?T {
            const h = self.head orelse return null;
            self.head = h.next;
            if (self.head == null) self.tail = null;
            defer self.allocator.destroy(h);
            return h.value;
        }

        fn deinit(self: *Self) void {
            while (self.shift()) |_| {}
        }
    };
}

test "fifo order" {
    var q = Queue(u8){ .allocator = testing.allocator };
    defer q.deinit();
    for ("abc") |c| try q.push(c);
    try testing.expectEqual(@as(?u8, 'a'), q.shift());
    try testing.expectEqual(@as(?u8, 'b'), q.shift());
    try q.push('d');
    try testing.expectEqual(@as(?u8, 'c'), q.shift());
    try testing.expectEqual(@as(?u8, 'd'), q.shift());
    try testing.expectEqual(@as(?u8, null), q.shift());
}

fn fillQueue(allocator: std.mem.Allocator, n: usize) !void {
    var q = Queue(usize){ .allocator = allocator };
    defer q.deinit();
    for (0..n) |i| try q.push(i * i);
    var sum: usize = 0;
    while (q.shift()) |v| sum += v;
    try testing.expect(sum > 0);
}

test "survives every allocation failure" {
    try testing.checkAllAllocationFailures(testing.allocator, fillQueue, .{@as(usize, 4)});
}

test "forgets the tail" {
    var q = Queue([]const u8){ .allocator = testing.allocator };
    try q.push("one");
    try q.push("two");
    try testing.expectEqualStrings("one", q.shift().?);
    q.head = null;
}

test "wrong expectation" {
    var q = Queue(i32){ .allocator = testing.allocator };
    defer q.deinit();
    try q.push(-5);
    try q.push(10);
    try testing.expectEqual(@as(?i32, 10), q.shift());
}
