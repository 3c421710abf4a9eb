const std = @import("std");
const testing = std.testing;

fn Ring(comptime T: type, comptime bits: u4) type {
    const cap = 1 << bits;
    return struct {
        const Self = @This();
        buf: [cap]T = undefined,
        head: u8 = 0,
        tail: u8 = 0,

        fn len(self: Self) usize {
            return self.tail -% self.head;
        }
        fn push(self: *Self, v: T) error{Full}!void {
            if (self.len() == cap) return error.Full;
            self.buf[self.tail & (cap - 1)] = v;
            self.tail +%= 1;
        }
        fn shift(self: *Self) ?T {
            if (self.len() == 0) return null;
            defer self.head +%= 1;
            return self.buf[self.head & (cap - 1)];
        }
        fn collect(self: Self, a: std.mem.Allocator) ![]T {
            const out = try a.alloc(T, self.len());
            var h = self.head;
            for (out) |*o| {
                o.* = self.buf[h & (cap - 1)];
                h +%= 1;
            }
            return out;
        }
    };
}

test "wraps around many times" {
    var r = Ring(u16, 2){};
    var i: u16 = 0;
    while (i < 600) : (i += 1) {
        try r.push(i);
        if (r.len() == 3) _ = r.shift();
    }
    const items = try r.collect(testing.allocator);
    defer testing.allocator.free(items);
    try testing.expectEqualSlices(u16, &.{ 598, 599 }, items);
}

test "full ring refuses" {
    var r = Ring(u8, 1){};
    try r.push(1);
    try r.push(2);
    try testing.expectError(error.Full, r.push(3));
}

test "order after refill" {
    var r = Ring(u8, 2){};
    for ("abcd") |c| try r.push(c);
    _ = r.shift();
    try r.push('e');
    const items = try r.collect(testing.allocator);
    defer testing.allocator.free(items);
    try testing.expectEqualStrings("bcde", items);
    try testing.expectEqualSlices(u8, "bdce", items);
}
