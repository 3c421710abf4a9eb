const std = @import("std");

pub const Stack = struct {
    items: [4]i32 = undefined,
    len: usize = 0,

    pub fn push(self: *Stack, v: i32) !void {
        if (self.len == self.items.len) return error.StackFull;
        self.items[self.len] = v;
        self.len += 1;
    }

    pub fn peek(self: *const Stack) ?i32 {
        return if (self.len == 0) null else self.items[self.len - 1];
    }

    test "push then peek" {
        var s = Stack{};
        try s.push(4);
        try std.testing.expectEqual(@as(?i32, 4), s.peek());
    }

    test "full" {
        var s = Stack{};
        for (0..4) |i| try s.push(@intCast(i));
        try std.testing.expectError(error.StackFull, s.push(9));
    }
};

const Math = struct {
    fn gcd(a: u32, b: u32) u32 {
        return if (b == 0) a else gcd(b, a % b);
    }
    test gcd {
        try std.testing.expectEqual(6, gcd(48, 18));
        try std.testing.expectEqual(1, gcd(17, 5));
    }
};

test {
    _ = Math;
}

test "top level" {
    var s = Stack{};
    try std.testing.expect(s.peek() == null);
    try s.push(-1);
    try std.testing.expectEqual(@as(?i32, 1), s.peek());
}
