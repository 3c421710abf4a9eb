const std = @import("std");

fn Result(comptime T: type) type {
    return union(enum) {
        ok: T,
        err: []const u8,

        fn unwrapOr(self: @This(), d: T) T {
            return switch (self) {
                .ok => |v| v,
                .err => d,
            };
        }
    };
}

fn safeDiv(a: i32, b: i32) Result(i32) {
    if (b == 0) return .{ .err = "divide by zero" };
    return .{ .ok = @divTrunc(a, b) };
}

fn parseAge(s: []const u8) Result(u8) {
    const n = std.fmt.parseInt(u8, s, 10) catch return .{ .err = "not an age" };
    if (n > 150) return .{ .err = "too old" };
    return .{ .ok = n };
}

pub fn main() void {
    const divs = [_][2]i32{ .{ 10, 3 }, .{ 7, 0 }, .{ -9, 2 } };
    for (divs) |d| {
        switch (safeDiv(d[0], d[1])) {
            .ok => |v| std.debug.print("{d}/{d} = {d}\n", .{ d[0], d[1], v }),
            .err => |e| std.debug.print("{d}/{d}: {s}\n", .{ d[0], d[1], e }),
        }
    }
    for ([_][]const u8{ "42", "200", "x", "151" }) |s| {
        const r = parseAge(s);
        std.debug.print("{s}: {any} -> {d}\n", .{ s, r, r.unwrapOr(0) });
    }
    std.debug.print("{s}\n{s}\n", .{ @typeName(Result(i32)), @typeName(Result([]const u8)) });
    const r = parseAge("abc");
    std.debug.print("{d}\n", .{r.ok});
}
