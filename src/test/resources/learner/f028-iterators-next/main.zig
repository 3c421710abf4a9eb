const std = @import("std");

const Fib = struct {
    a: u64 = 0,
    b: u64 = 1,
    limit: u64,

    fn next(self: *Fib) ?u64 {
        if (self.a > self.limit) return null;
        const r = self.a;
        self.a = self.b;
        self.b += r;
        return r;
    }
};

fn Range(comptime T: type) type {
    return struct {
        cur: T,
        end: T,
        step: T,
        pub fn next(self: *@This()) ?T {
            if (self.cur >= self.end) return null;
            defer self.cur += self.step;
            return self.cur;
        }
    };
}

const Words = struct {
    text: []const u8,
    i: usize = 0,
    fn next(self: *Words) ?[]const u8 {
        while (self.i < self.text.len and self.text[self.i] == ' ') self.i += 1;
        if (self.i == self.text.len) return null;
        const start = self.i;
        while (self.i < self.text.len and self.text[self.i] != ' ') self.i += 1;
        return self.text[start..self.i];
    }
};

test "fib" {
    var f = Fib{ .limit = 50 };
    var buf: [16]u64 = undefined;
    var n: usize = 0;
    while (f.next()) |v| : (n += 1) buf[n] = v;
    try std.testing.expectEqualSlices(u64, &.{ 0, 1, 1, 2, 3, 5, 8, 13, 21, 34 }, buf[0..n]);
}

test "range" {
    var r = Range(i32){ .cur = -3, .end = 8, .step = 4 };
    var sum: i32 = 0;
    while (r.next()) |v| sum += v;
    try std.testing.expectEqual(@as(i32, 3), sum);
}

test "words" {
    var w = Words{ .text = "  the quick  brown fox " };
    try std.testing.expectEqualStrings("the", w.next().?);
    try std.testing.expectEqualStrings("quick", w.next().?);
    try std.testing.expectEqualStrings("brown", w.next().?);
    try std.testing.expectEqualStrings("fox", w.next().?);
    try std.testing.expectEqualStrings("", w.next().?);
}
