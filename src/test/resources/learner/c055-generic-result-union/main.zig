const std = @import("std");

fn Result(comptime T: type, comptime E: type) type {
    return union(enum) {
        const Self = @This();
        ok: T,
        err: E,

        fn map(self: Self, comptime U: type, f: fn (T) U) Result(U, E) {
            return switch (self) {
                .ok => |v| .{ .ok = f(v) },
                .err => |e| .{ .err = e },
            };
        }

        fn unwrapOr(self: Self, default: T) T {
            return switch (self) {
                .ok => |v| v,
                .err => default,
            };
        }
    };
}

const ParseFailure = struct { pos: usize, reason: []const u8 };

fn parseNumber(s: []const u8) Result(i64, ParseFailure) {
    if (s.len == 0) return .{ .err = .{ .pos = 0, .reason = "empty" } };
    var neg = false;
    var i: usize = 0;
    if (s[0] == '-') {
        neg = true;
        i = 1;
    }
    var v: i64 = 0;
    while (i < s.len) : (i += 1) {
        const d = std.fmt.charToDigit(s[i], 10) catch
            return .{ .err = .{ .pos = i, .reason = "not a digit" } };
        v = v * 10 + d;
    }
    return .{ .ok = if (neg) -v else v };
}

fn double(x: i64) i64 {
    return x * 2;
}

fn describe(x: i64) []const u8 {
    return if (@rem(x, 2) == 0) "even" else "odd";
}

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const inputs = [_][]const u8{ "21", "-8", "", "12a4", "7" };
    var sum: i64 = 0;
    for (inputs) |s| {
        const r = parseNumber(s);
        switch (r) {
            .ok => |v| try out.print("{s:>5}: ok {d}, doubled {d}, {s}\n", .{ s, v, r.map(i64, double).ok, r.map([]const u8, describe).ok }),
            .err => |e| try out.print("{s:>5}: error at {d}: {s}\n", .{ s, e.pos, e.reason }),
        }
        sum += r.unwrapOr(0);
    }
    try out.print("sum of valid numbers: {d}\n", .{sum});
    const R = Result(i64, ParseFailure);
    try out.print("{s} has tags:", .{@typeName(R)});
    inline for (std.meta.fields(std.meta.Tag(R))) |f| try out.print(" {s}", .{f.name});
    try out.print("\n", .{});
    const bad = parseNumber("x");
    try out.print("mapped error keeps reason: {s}\n", .{bad.map(i64, double).err.reason});
    try out.print("asking for .ok of an error...\n", .{});
    try out.print("{d}\n", .{bad.ok});
}
