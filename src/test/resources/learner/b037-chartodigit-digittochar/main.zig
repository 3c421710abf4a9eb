const std = @import("std");
const testing = std.testing;

fn toBase(buf: []u8, value: u64, base: u8, case: std.fmt.Case) []const u8 {
    if (value == 0) {
        buf[buf.len - 1] = '0';
        return buf[buf.len - 1 ..];
    }
    var v = value;
    var i = buf.len;
    while (v > 0) : (v /= base) {
        i -= 1;
        buf[i] = std.fmt.digitToChar(@intCast(v % base), case);
    }
    return buf[i..];
}

fn fromBase(s: []const u8, base: u8) !u64 {
    var result: u64 = 0;
    for (s) |c| {
        const d = try std.fmt.charToDigit(c, base);
        result = result * base + d;
    }
    return result;
}

test "digitToChar and charToDigit basics" {
    try testing.expectEqual(@as(u8, '7'), std.fmt.digitToChar(7, .lower));
    try testing.expectEqual(@as(u8, 'b'), std.fmt.digitToChar(11, .lower));
    try testing.expectEqual(@as(u8, 'B'), std.fmt.digitToChar(11, .upper));
    try testing.expectEqual(@as(u8, 15), try std.fmt.charToDigit('f', 16));
    try testing.expectEqual(@as(u8, 15), try std.fmt.charToDigit('F', 16));
    try testing.expectEqual(@as(u8, 35), try std.fmt.charToDigit('z', 36));
    try testing.expectError(error.InvalidCharacter, std.fmt.charToDigit('8', 8));
    try testing.expectError(error.InvalidCharacter, std.fmt.charToDigit('_', 16));
}

test "to base agrees with the formatter" {
    var buf: [64]u8 = undefined;
    var fmt_buf: [64]u8 = undefined;
    const values = [_]u64{ 0, 1, 255, 4096, 1_000_000, 0xdeadbeef };
    for (values) |v| {
        try testing.expectEqualStrings(try std.fmt.bufPrint(&fmt_buf, "{x}", .{v}), toBase(&buf, v, 16, .lower));
        try testing.expectEqualStrings(try std.fmt.bufPrint(&fmt_buf, "{X}", .{v}), toBase(&buf, v, 16, .upper));
        try testing.expectEqualStrings(try std.fmt.bufPrint(&fmt_buf, "{b}", .{v}), toBase(&buf, v, 2, .lower));
    }
}

test "from base agrees with parseInt" {
    const cases = [_]struct { s: []const u8, base: u8 }{
        .{ .s = "zz", .base = 36 },
        .{ .s = "777", .base = 8 },
        .{ .s = "DeadBeef", .base = 16 },
        .{ .s = "101010", .base = 2 },
    };
    for (cases) |c| {
        try testing.expectEqual(try std.fmt.parseInt(u64, c.s, c.base), try fromBase(c.s, c.base));
    }
    try testing.expectError(error.InvalidCharacter, fromBase("12a", 10));
}

test "base 36 round trip" {
    var buf: [16]u8 = undefined;
    const s = toBase(&buf, 1_234_567_890, 36, .lower);
    try testing.expectEqualStrings("kf12oi", s);
    try testing.expectEqual(@as(u64, 1_234_567_890), try fromBase(s, 36));
}
