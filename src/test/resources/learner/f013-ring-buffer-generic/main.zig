const std = @import("std");

fn RingBuffer(comptime T: type, comptime N: usize) type {
    return struct {
        const Self = @This();
        buf: [N]T = undefined,
        head: usize = 0,
        len: usize = 0,

        pub fn push(self: *Self, v: T) ?T {
            var dropped: ?T = null;
            if (self.len == N) {
                dropped = self.buf[self.head];
                self.head = (self.head + 1) % N;
                self.len -= 1;
            }
            self.buf[(self.head + self.len) % N] = v;
            self.len += 1;
            return dropped;
        }

        pub fn shift(self: *Self) ?T {
            if (self.len == 0) return null;
            const v = self.buf[self.head];
            self.head = (self.head + 1) % N;
            self.len -= 1;
            return v;
        }

        pub fn at(self: Self, i: usize) T {
            return self.buf[(self.head + i) % N];
        }
    };
}

test "push and shift" {
    var rb = RingBuffer(u16, 3){};
    try std.testing.expectEqual(@as(?u16, null), rb.push(1));
    _ = rb.push(2);
    _ = rb.push(3);
    try std.testing.expectEqual(@as(?u16, 1), rb.push(4));
    try std.testing.expectEqual(@as(?u16, 2), rb.shift());
    try std.testing.expectEqual(@as(u16, 4), rb.at(1));
}

test "drain" {
    var rb = RingBuffer([]const u8, 2){};
    _ = rb.push("a");
    _ = rb.push("b");
    _ = rb.push("c");
    var out: [4][]const u8 = undefined;
    var n: usize = 0;
    while (rb.shift()) |s| : (n += 1) out[n] = s;
    try std.testing.expectEqual(@as(usize, 2), n);
    try std.testing.expectEqualStrings("b", out[0]);
    try std.testing.expectEqualStrings("c", out[1]);
    try std.testing.expectEqual(@as(?[]const u8, null), rb.shift());
}

test "at past len is stale" {
    var rb = RingBuffer(i8, 4){};
    _ = rb.push(-1);
    try std.testing.expectEqual(@as(i8, -1), rb.at(4));
    try std.testing.expectEqual(@as(i8, 0), rb.at(1));
}
