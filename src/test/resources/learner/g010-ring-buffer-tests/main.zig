const std = @import("std");
const expect = std.testing.expect;
const expectEqual = std.testing.expectEqual;
const expectError = std.testing.expectError;

fn RingBuffer(comptime T: type, comptime N: usize) type {
    return struct {
        buf: [N]T = undefined,
        head: usize = 0,
        len: usize = 0,
        const Self = @This();
        fn push(self: *Self, v: T) error{Full}!void {
            if (self.len == N) return error.Full;
            self.buf[(self.head + self.len) % N] = v;
            self.len += 1;
        }
        fn pop(self: *Self) ?T {
            if (self.len == 0) return null;
            const v = self.buf[self.head];
            self.head = (self.head + 1) % N;
            self.len -= 1;
            return v;
        }
    };
}

test "fills and empties" {
    var r = RingBuffer(u8, 3){};
    try r.push(1);
    try r.push(2);
    try r.push(3);
    try expectError(error.Full, r.push(4));
    try expectEqual(@as(?u8, 1), r.pop());
    try r.push(4);
    try expectEqual(@as(?u8, 2), r.pop());
    try expectEqual(@as(?u8, 3), r.pop());
    try expectEqual(@as(?u8, 4), r.pop());
    try expectEqual(@as(?u8, null), r.pop());
}

test "wraps around many times" {
    var r = RingBuffer(u32, 4){};
    var i: u32 = 0;
    while (i < 100) : (i += 1) {
        try r.push(i);
        try expect(r.pop().? == i);
    }
    try expectEqual(0, r.len);
}

test "wrong expectation" {
    var r = RingBuffer(i16, 2){};
    try r.push(-5);
    try expectEqual(@as(?i16, 5), r.pop());
}

test "length after push" {
    var r = RingBuffer(bool, 2){};
    try r.push(true);
    try expect(r.len == 2);
}
