const std = @import("std");
const testing = std.testing;

fn Queue(comptime T: type) type {
    return struct {
        const Self = @This();
        fifo: std.fifo.LinearFifo(T, .Dynamic),

        fn init(alloc: std.mem.Allocator) Self {
            return .{ .fifo = std.fifo.LinearFifo(T, .Dynamic).init(alloc) };
        }
        fn deinit(self: *Self) void {
            self.fifo.deinit();
        }
        fn push(self: *Self, v: T) !void {
            try self.fifo.writeItem(v);
        }
        fn pop(self: *Self) ?T {
            return self.fifo.readItem();
        }
    };
}

test "fifo order" {
    var q = Queue(u16).init(testing.allocator);
    defer q.deinit();
    for (1..6) |i| try q.push(@intCast(i * 100));
    try testing.expectEqual(@as(?u16, 100), q.pop());
    try testing.expectEqual(@as(?u16, 200), q.pop());
    try testing.expectEqual(@as(usize, 3), q.fifo.readableLength());
}

test "empty pop" {
    var q = Queue([]const u8).init(testing.allocator);
    defer q.deinit();
    try testing.expect(q.pop() == null);
    try q.push("x");
    try testing.expectEqualStrings("x", q.pop().?);
}

test "forgot deinit" {
    var q = Queue(u8).init(testing.allocator);
    try q.push(1);
    try testing.expectEqual(@as(?u8, 1), q.pop());
}

test "wrong expectation" {
    var q = Queue(i8).init(testing.allocator);
    defer q.deinit();
    try q.push(-1);
    try testing.expectEqual(@as(?i8, 1), q.pop());
}

test "static fifo" {
    var f = std.fifo.LinearFifo(u8, .{ .Static = 4 }).init();
    try f.write("abcd");
    try testing.expectError(error.OutOfMemory, f.writeItem('e'));
    var out: [3]u8 = undefined;
    const n = f.read(&out);
    try testing.expectEqualSlices(u8, "abc", out[0..n]);
}
