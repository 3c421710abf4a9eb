const std = @import("std");

const Range = struct {
    cur: i32,
    end: i32,
    step: i32 = 1,
    fn next(self: *Range) ?i32 {
        if (self.cur >= self.end) return null;
        defer self.cur += self.step;
        return self.cur;
    }
};

fn Filter(comptime Inner: type, comptime pred: fn (i32) bool) type {
    return struct {
        inner: Inner,
        fn next(self: *@This()) ?i32 {
            while (self.inner.next()) |v| {
                if (pred(v)) return v;
            }
            return null;
        }
    };
}

fn Map(comptime Inner: type, comptime f: fn (i32) i32) type {
    return struct {
        inner: Inner,
        fn next(self: *@This()) ?i32 {
            const v = self.inner.next() orelse return null;
            return f(v);
        }
    };
}

fn isOdd(x: i32) bool {
    return @mod(x, 2) == 1;
}
fn square(x: i32) i32 {
    return x * x;
}

fn collect(it: anytype, buf: []i32) []i32 {
    var n: usize = 0;
    while (it.next()) |v| : (n += 1) buf[n] = v;
    return buf[0..n];
}

pub fn main() void {
    var buf: [16]i32 = undefined;
    var r = Range{ .cur = -3, .end = 8 };
    std.debug.print("{any}\n", .{collect(&r, &buf)});
    var odd = Filter(Range, isOdd){ .inner = .{ .cur = -3, .end = 8 } };
    std.debug.print("{any}\n", .{collect(&odd, &buf)});
    var sq = Map(Filter(Range, isOdd), square){ .inner = .{ .inner = .{ .cur = 0, .end = 10 } } };
    std.debug.print("{any}\n", .{collect(&sq, &buf)});
    var stepped = Range{ .cur = 0, .end = 50, .step = 7 };
    std.debug.print("{any}\n", .{collect(&stepped, &buf)});
    var big = Map(Range, square){ .inner = .{ .cur = 46000, .end = 46400, .step = 100 } };
    std.debug.print("{any}\n", .{collect(&big, &buf)});
}
