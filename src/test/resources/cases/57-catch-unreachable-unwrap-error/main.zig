const std = @import("std");

const ParseError = error{ Empty, NotANumber };

fn digit(c: u8) ParseError!u8 {
    if (c < '0' or c > '9') return error.NotANumber;
    return c - '0';
}

fn number(s: []const u8) ParseError!u32 {
    if (s.len == 0) return error.Empty;
    var n: u32 = 0;
    for (s) |c| n = n * 10 + try digit(c);
    return n;
}

test "parses" {
    try std.testing.expectEqual(@as(u32, 42), number("42") catch unreachable);
}

test "unwraps a bad number" {
    const n = number("4x") catch unreachable;
    try std.testing.expectEqual(@as(u32, 4), n);
}
