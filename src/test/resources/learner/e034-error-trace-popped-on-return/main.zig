const std = @import("std");

const ParseError = error{ Empty, TooLong, BadChar };

fn parseId(s: []const u8) ParseError!u16 {
    if (s.len == 0) return error.Empty;
    if (s.len > 4) return error.TooLong;
    var v: u16 = 0;
    for (s) |c| {
        if (c < '0' or c > '9') return error.BadChar;
        v = v * 10 + (c - '0');
    }
    return v;
}

fn describe(s: []const u8) []const u8 {
    const id = parseId(s) catch |e| return switch (e) {
        error.Empty => "empty",
        error.TooLong => "too long",
        error.BadChar => "bad char",
    };
    return if (id % 2 == 0) "even id" else "odd id";
}

pub fn main() !void {
    for ([_][]const u8{ "12", "", "12345", "1a", "7" }) |s| std.debug.print("'{s}': {s}\n", .{ s, describe(s) });
    const r = parseId("99") catch 0;
    std.debug.print("{d}\n", .{r});
    if (parseId("x")) |v| {
        std.debug.print("ok {d}\n", .{v});
    } else |err| {
        std.debug.print("err {}\n", .{err});
    }
    const v = try parseId("123456");
    std.debug.print("unreached {d}\n", .{v});
}
