const std = @import("std");
const testing = std.testing;

fn MinStack(comptime T: type) type {
    return struct {
        const Self = @This();
        items: std.ArrayList(T),
        mins: std.ArrayList(T),

        fn init(a: std.mem.Allocator) Self {
            return .{ .items = std.ArrayList(T).init(a), .mins = std.ArrayList(T).init(a) };
        }
        fn deinit(self: *Self) void {
            self.items.deinit();
            self.mins.deinit();
        }
        fn push(self: *Self, v: T) !void {
            try self.items.append(v);
            if (self.mins.items.len == 0 or v <= self.mins.items[self.mins.items.len - 1]) try self.mins.append(v);
        }
        fn pop(self: *Self) error{Empty}!T {
            if (self.items.items.len == 0) return error.Empty;
            const v = self.items.items[self.items.items.len - 1];
            self.items.items.len -= 1;
            if (v == self.mins.items[self.mins.items.len - 1]) self.mins.items.len -= 1;
            return v;
        }
        fn min(self: Self) ?T {
            return if (self.mins.items.len == 0) null else self.mins.items[self.mins.items.len - 1];
        }
    };
}

test "min follows pushes and pops" {
    var s = MinStack(i32).init(testing.allocator);
    defer s.deinit();
    for ([_]i32{ 5, 3, 7, 3, 1 }) |v| try s.push(v);
    try testing.expectEqual(@as(?i32, 1), s.min());
    try testing.expectEqual(@as(i32, 1), try s.pop());
    try testing.expectEqual(@as(?i32, 3), s.min());
    _ = try s.pop();
    _ = try s.pop();
    try testing.expectEqual(@as(?i32, 3), s.min());
}

test "empty stack" {
    var s = MinStack(u8).init(testing.allocator);
    defer s.deinit();
    try testing.expectError(error.Empty, s.pop());
    try testing.expect(s.min() == null);
}

test "contents as slices" {
    var s = MinStack(f32).init(testing.allocator);
    defer s.deinit();
    try s.push(2.5);
    try s.push(-1.0);
    try s.push(4.0);
    try testing.expectEqualSlices(f32, &.{ 2.5, -1.0, 4.0 }, s.items.items);
    try testing.expectEqualDeep(&[_]f32{ 2.5, -1.0 }, s.mins.items);
}

test "pop past the bottom" {
    var s = MinStack(u16).init(testing.allocator);
    defer s.deinit();
    try s.push(9);
    _ = try s.pop();
    _ = try s.pop();
}
