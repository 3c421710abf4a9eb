const std = @import("std");

fn Stack(comptime T: type) type {
    return struct {
        items: []T,
        len: usize,
        allocator: std.mem.Allocator,
        const Self = @This();

        fn init(allocator: std.mem.Allocator) !Self {
            return .{ .items = try allocator.alloc(T, 2), .len = 0, .allocator = allocator };
        }
        fn deinit(self: *Self) void {
            self.allocator.free(self.items);
        }
        fn push(self: *Self, v: T) !void {
            if (self.len == self.items.len) {
                self.items = try self.allocator.realloc(self.items, self.items.len * 2);
            }
            self.items[self.len] = v;
            self.len += 1;
        }
        fn pop(self: *Self) ?T {
            if (self.len == 0) return null;
            self.len -= 1;
            return self.items[self.len];
        }
    };
}

test "stack grows" {
    var s = try Stack(u32).init(std.testing.allocator);
    defer s.deinit();
    for (0..5) |i| try s.push(@intCast(i * i));
    try std.testing.expectEqual(@as(?u32, 16), s.pop());
    try std.testing.expectEqual(@as(usize, 4), s.len);
    try std.testing.expect(s.items.len >= 5);
}

test "stack of strings" {
    var s = try Stack([]const u8).init(std.testing.allocator);
    defer s.deinit();
    try s.push("a");
    try s.push("b");
    try std.testing.expectEqualStrings("b", s.pop().?);
    try std.testing.expectEqualStrings("a", s.pop().?);
    try std.testing.expect(s.pop() == null);
}

test "leaks on purpose" {
    const p = try std.testing.allocator.alloc(u8, 3);
    p[0] = 1;
    try std.testing.expectEqual(@as(u8, 1), p[0]);
}
