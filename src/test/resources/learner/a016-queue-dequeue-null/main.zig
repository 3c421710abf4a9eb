const std = @import("std");

fn Queue(comptime T: type) type {
    return struct {
        const Self = @This();
        buf: []T,
        head: usize = 0,
        len: usize = 0,
        allocator: std.mem.Allocator,

        fn init(allocator: std.mem.Allocator) !Self {
            return .{ .buf = try allocator.alloc(T, 2), .allocator = allocator };
        }

        fn deinit(self: *Self) void {
            self.allocator.free(self.buf);
        }

        fn enqueue(self: *Self, value: T) !void {
            if (self.len == self.buf.len) {
                const bigger = try self.allocator.alloc(T, self.buf.len * 2);
                for (0..self.len) |i| bigger[i] = self.buf[(self.head + i) % self.buf.len];
                self.allocator.free(self.buf);
                self.buf = bigger;
                self.head = 0;
                std.debug.print("  (grew to {d})\n", .{bigger.len});
            }
            self.buf[(self.head + self.len) % self.buf.len] = value;
            self.len += 1;
        }

        fn dequeue(self: *Self) ?T {
            if (self.len == 0) return null;
            const value = self.buf[self.head];
            self.head = (self.head + 1) % self.buf.len;
            self.len -= 1;
            return value;
        }
    };
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    var q = try Queue([]const u8).init(gpa.allocator());
    defer q.deinit();

    try q.enqueue("alice");
    try q.enqueue("bob");
    std.debug.print("served {s}\n", .{q.dequeue().?});
    try q.enqueue("carol");
    try q.enqueue("dave");
    try q.enqueue("erin");

    var served: usize = 0;
    while (served < 5) : (served += 1) {
        const name = q.dequeue().?;
        std.debug.print("served {s}, {d} waiting\n", .{ name, q.len });
    }
}
