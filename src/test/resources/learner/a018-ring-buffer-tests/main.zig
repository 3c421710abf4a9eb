const std = @import("std");
const testing = std.testing;

const RingError = error{ Full, Empty };

fn Ring(comptime T: type) type {
    return struct {
        const Self = @This();
        slots: []T,
        read: usize = 0,
        write: usize = 0,
        len: usize = 0,

        fn init(allocator: std.mem.Allocator, n: usize) !Self {
            return .{ .slots = try allocator.alloc(T, n) };
        }

        fn deinit(self: Self, allocator: std.mem.Allocator) void {
            allocator.free(self.slots);
        }

        fn put(self: *Self, value: T) RingError!void {
            if (self.len == self.slots.len) return error.Full;
            self.slots[self.write] = value;
            self.write = (self.write + 1) % self.slots.len;
            self.len += 1;
        }

        fn take(self: *Self) RingError!T {
            if (self.len == 0) return error.Empty;
            defer self.read = (self.read + 1) % self.slots.len;
            self.len -= 1;
            return self.slots[self.read];
        }
    };
}

test "fills up and reports Full" {
    var ring = try Ring(u8).init(testing.allocator, 3);
    defer ring.deinit(testing.allocator);
    try ring.put(1);
    try ring.put(2);
    try ring.put(3);
    try testing.expectError(error.Full, ring.put(4));
}

test "wraps around" {
    var ring = try Ring(u8).init(testing.allocator, 4);
    defer ring.deinit(testing.allocator);
    var out: [6]u8 = undefined;
    var n: usize = 0;
    for (1..7) |i| {
        try ring.put(@intCast(i));
        if (i % 2 == 0) {
            out[n] = try ring.take();
            n += 1;
        }
    }
    try testing.expectEqualSlices(u8, &.{ 1, 2, 3 }, out[0..n]);
    try testing.expectEqual(@as(usize, 3), ring.len);
    try testing.expectEqual(@as(usize, 2), ring.write);
}

test "empty take" {
    var ring = try Ring([]const u8).init(testing.allocator, 1);
    defer ring.deinit(testing.allocator);
    try testing.expectError(error.Empty, ring.take());
    try ring.put("x");
    try testing.expectEqualStrings("x", try ring.take());
}
