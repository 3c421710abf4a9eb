const std = @import("std");
const testing = std.testing;

fn RingBuffer(comptime T: type) type {
    return struct {
        const Self = @This();
        buf: []T,
        head: usize = 0,
        len: usize = 0,
        allocator: std.mem.Allocator,

        pub fn init(allocator: std.mem.Allocator, cap: usize) !Self {
            if (cap == 0) return error.ZeroCapacity;
            return .{ .buf = try allocator.alloc(T, cap), .allocator = allocator };
        }

        pub fn deinit(self: *Self) void {
            self.allocator.free(self.buf);
        }

        pub fn push(self: *Self, v: T) ?T {
            const tail = (self.head + self.len) % self.buf.len;
            if (self.len == self.buf.len) {
                const old = self.buf[self.head];
                self.buf[self.head] = v;
                self.head = (self.head + 1) % self.buf.len;
                return old;
            }
            self.buf[tail] = v;
            self.len += 1;
            return null;
        }

        pub fn toSlice(self: Self, out: []T) []T {
            for (0..self.len) |i| out[i] = self.buf[(self.head + i) % self.buf.len];
            return out[0..self.len];
        }

        pub fn format(self: Self, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
            _ = fmt;
            _ = options;
            try writer.writeAll("<");
            for (0..self.len) |i| {
                if (i > 0) try writer.writeAll(" ");
                try writer.print("{any}", .{self.buf[(self.head + i) % self.buf.len]});
            }
            try writer.writeAll(">");
        }
    };
}

test "push until it wraps" {
    var rb = try RingBuffer(u8).init(testing.allocator, 3);
    defer rb.deinit();
    try testing.expectEqual(@as(?u8, null), rb.push(1));
    _ = rb.push(2);
    _ = rb.push(3);
    try testing.expectEqual(@as(?u8, 1), rb.push(4));
    var out: [3]u8 = undefined;
    try testing.expectEqualSlices(u8, &.{ 2, 3, 4 }, rb.toSlice(&out));
}

test "format shows oldest first" {
    var rb = try RingBuffer(i16).init(testing.allocator, 2);
    defer rb.deinit();
    _ = rb.push(-1);
    _ = rb.push(5);
    _ = rb.push(9);
    try testing.expectFmt("<5 9>", "{}", .{rb});
}

test "zero capacity is rejected" {
    try testing.expectError(error.ZeroCapacity, RingBuffer(u8).init(testing.allocator, 0));
}
