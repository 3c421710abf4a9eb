const std = @import("std");

fn Queue(comptime T: type) type {
    return struct {
        in: std.ArrayList(T),
        out: std.ArrayList(T),
        const Self = @This();

        fn init(a: std.mem.Allocator) Self {
            return .{ .in = std.ArrayList(T).init(a), .out = std.ArrayList(T).init(a) };
        }
        fn deinit(self: *Self) void {
            self.in.deinit();
            self.out.deinit();
        }
        fn push(self: *Self, v: T) !void {
            try self.in.append(v);
        }
        fn pop(self: *Self) ?T {
            if (self.out.items.len == 0) {
                while (self.in.items.len > 0) {
                    const last = self.in.items[self.in.items.len - 1];
                    self.in.items.len -= 1;
                    self.out.append(last) catch return null;
                }
            }
            if (self.out.items.len == 0) return null;
            const v = self.out.items[self.out.items.len - 1];
            self.out.items.len -= 1;
            return v;
        }
        fn len(self: Self) usize {
            return self.in.items.len + self.out.items.len;
        }
    };
}

test "fifo order" {
    var q = Queue(u8).init(std.testing.allocator);
    defer q.deinit();
    try q.push(1);
    try q.push(2);
    try std.testing.expectEqual(@as(?u8, 1), q.pop());
    try q.push(3);
    try std.testing.expectEqual(@as(?u8, 2), q.pop());
    try std.testing.expectEqual(@as(?u8, 3), q.pop());
    try std.testing.expectEqual(@as(?u8, null), q.pop());
}

test "length" {
    var q = Queue([]const u8).init(std.testing.allocator);
    defer q.deinit();
    try q.push("a");
    try q.push("b");
    _ = q.pop();
    try std.testing.expectEqual(@as(usize, 1), q.len());
    try std.testing.expectEqualStrings("b", q.pop().?);
}

test "wrong order assumed" {
    var q = Queue(i32).init(std.testing.allocator);
    defer q.deinit();
    for ([_]i32{ 10, 20, 30 }) |v| try q.push(v);
    try std.testing.expectEqual(@as(?i32, 30), q.pop());
}
