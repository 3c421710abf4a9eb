const std = @import("std");

fn Queue(comptime T: type) type {
    return struct {
        const Self = @This();
        buf: [16]T = undefined,
        head: usize = 0,
        tail: usize = 0,

        fn push(self: *Self, v: T) void {
            self.buf[self.tail % 16] = v;
            self.tail += 1;
        }

        fn next(self: *Self) ?T {
            if (self.head == self.tail) return null;
            const capacity = self.buf.len;
            const v = self.buf[self.head % 16];
            self.head += 1;
            return v;
        }
    };
}

pub fn main() void {
    var q = Queue(u32){};
    for (1..5) |i| q.push(@intCast(i * 10));
    while (q.next()) |v| std.debug.print("{d}\n", .{v});
}
