const std = @import("std");
const testing = std.testing;

fn BoundedStack(comptime T: type, comptime capacity: usize) type {
    return struct {
        const Self = @This();
        items: [capacity]T = undefined,
        len: usize = 0,

        pub fn push(self: *Self, v: T) error{Full}!void {
            if (self.len == capacity) return error.Full;
            self.items[self.len] = v;
            self.len += 1;
        }

        pub fn top(self: *const Self) ?T {
            return if (self.len == 0) null else self.items[self.len - 1];
        }

        pub fn slice(self: *Self) []T {
            return self.items[0..self.len];
        }
    };
}

fn Pair(comptime A: type, comptime B: type) type {
    return struct { a: A, b: B };
}

fn zip(comptime A: type, comptime B: type, allocator: std.mem.Allocator, xs: []const A, ys: []const B) ![]Pair(A, B) {
    const n = @min(xs.len, ys.len);
    const out = try allocator.alloc(Pair(A, B), n);
    for (out, xs[0..n], ys[0..n]) |*p, x, y| p.* = .{ .a = x, .b = y };
    return out;
}

test "push until full" {
    var s = BoundedStack(u8, 3){};
    try testing.expectEqual(@as(?u8, null), s.top());
    try s.push(1);
    try s.push(2);
    try s.push(3);
    try testing.expectError(error.Full, s.push(4));
    try testing.expectEqual(@as(?u8, 3), s.top());
    try testing.expectEqualSlices(u8, &.{ 1, 2, 3 }, s.slice());
}

test "stack of strings" {
    var s = BoundedStack([]const u8, 2){};
    try s.push("x");
    try s.push("yz");
    try testing.expectEqualStrings("yz", s.top().?);
    try testing.expect(s.len == 2);
}

test "zip allocates pairs" {
    const pairs = try zip(u32, bool, testing.allocator, &.{ 1, 2, 3 }, &.{ true, false });
    defer testing.allocator.free(pairs);
    try testing.expectEqual(@as(usize, 2), pairs.len);
    try testing.expectEqual(Pair(u32, bool){ .a = 2, .b = false }, pairs[1]);
}

test "types are cached" {
    try testing.expect(BoundedStack(u8, 3) == BoundedStack(u8, 3));
    try testing.expect(BoundedStack(u8, 3) != BoundedStack(u8, 4));
}
