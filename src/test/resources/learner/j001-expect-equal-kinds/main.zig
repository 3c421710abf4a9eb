const std = @import("std");
const testing = std.testing;

const Point = struct { x: i32, y: i32 };
const Color = enum { red, green, blue };
const ParseError = error{ Empty, BadDigit };

fn parseDigit(s: []const u8) ParseError!u8 {
    if (s.len == 0) return error.Empty;
    const c = s[0];
    if (c < '0' or c > '9') return error.BadDigit;
    return c - '0';
}

fn find(haystack: []const u8, needle: u8) ?usize {
    for (haystack, 0..) |c, i| {
        if (c == needle) return i;
    }
    return null;
}

fn mid(a: Point, b: Point) Point {
    return .{ .x = @divTrunc(a.x + b.x, 2), .y = @divTrunc(a.y + b.y, 2) };
}

test "struct equality" {
    try testing.expectEqual(Point{ .x = 2, .y = 3 }, mid(.{ .x = 0, .y = 0 }, .{ .x = 4, .y = 6 }));
}

test "optional found and missing" {
    try testing.expectEqual(@as(?usize, 2), find("abc", 'c'));
    try testing.expectEqual(@as(?usize, null), find("abc", 'z'));
}

test "error union values" {
    try testing.expectEqual(@as(ParseError!u8, 7), parseDigit("7"));
    try testing.expectEqual(@as(ParseError!u8, error.BadDigit), parseDigit("x"));
}

test "enum equality" {
    const c: Color = @enumFromInt(1);
    try testing.expectEqual(Color.green, c);
}

test "struct mismatch shows both" {
    try testing.expectEqual(Point{ .x = 1, .y = 1 }, mid(.{ .x = 1, .y = 2 }, .{ .x = 3, .y = 4 }));
}

test "optional mismatch" {
    try testing.expectEqual(@as(?usize, 0), find("hello", 'l'));
}

test "enum mismatch" {
    try testing.expectEqual(Color.blue, @as(Color, @enumFromInt(0)));
}

test "error mismatch" {
    try testing.expectEqual(@as(ParseError!u8, error.Empty), parseDigit("5"));
}
