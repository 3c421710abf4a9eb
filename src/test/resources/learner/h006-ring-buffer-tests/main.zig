const std = @import("std");
const expect = std.testing.expect;
const expectEqual = std.testing.expectEqual;
const expectError = std.testing.expectError;

fn Ring(comptime T: type, comptime cap: usize) type {
    return struct {
        const Self = @This();
        buf: [cap]T = undefined,
        head: usize = 0,
        len: usize = 0,

        fn push(self: *Self, v: T) error{Full}!void {
            if (self.len == cap) return error.Full;
            self.buf[(self.head + self.len) % cap] = v;
            self.len += 1;
        }
        fn shift(self: *Self) ?T {
            if (self.len == 0) return null;
            const v = self.buf[self.head];
            self.head = (self.head + 1) % cap;
            self.len -= 1;
            return v;
        }
        fn peek(self: Self, i: usize) T {
            return self.buf[(self.head + i) % cap];
        }
    };
}

test "push and shift wrap around" {
    var r = Ring(u8, 3){};
    try r.push(1);
    try r.push(2);
    try r.push(3);
    try expectError(error.Full, r.push(4));
    try expectEqual(@as(?u8, 1), r.shift());
    try r.push(4);
    try expectEqual(@as(u8, 4), r.peek(2));
    try expectEqual(3, r.len);
}

test "empty ring" {
    var r = Ring(i32, 4){};
    try expect(r.shift() == null);
    try expectEqual(0, r.head);
}

test "type name" {
    try std.testing.expectEqualStrings("main.Ring(u8,3)", @typeName(Ring(u8, 3)));
}

test "peek beyond length" {
    var r = Ring(u16, 2){};
    try r.push(10);
    try r.push(20);
    _ = r.shift();
    try r.push(30);
    try expectEqual(@as(u16, 20), r.peek(0));
    try expectEqual(@as(u16, 10), r.peek(1));
}

test "strings ring" {
    var r = Ring([]const u8, 2){};
    try r.push("a");
    try r.push("b");
    try std.testing.expectEqualStrings("a", r.shift().?);
    try std.testing.expectEqualStrings("c", r.shift().?);
}
