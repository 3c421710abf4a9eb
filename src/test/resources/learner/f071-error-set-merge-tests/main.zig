const std = @import("std");

const ParseError = error{ Empty, BadDigit };
const RangeError = error{ TooSmall, TooLarge };
const InputError = ParseError || RangeError;

fn parseDigit(s: []const u8) ParseError!u8 {
    if (s.len == 0) return error.Empty;
    const c = s[0];
    if (c < '0' or c > '9') return error.BadDigit;
    return c - '0';
}

fn readLevel(s: []const u8) InputError!u8 {
    const d = try parseDigit(s);
    if (d < 1) return error.TooSmall;
    if (d > 5) return error.TooLarge;
    return d;
}

fn describe(err: InputError) []const u8 {
    return switch (err) {
        error.Empty, error.BadDigit => "parse",
        inline else => |e| "range:" ++ @errorName(e),
    };
}

test "levels" {
    try std.testing.expectEqual(@as(u8, 3), try readLevel("3"));
    try std.testing.expectError(error.TooLarge, readLevel("9"));
    try std.testing.expectError(error.Empty, readLevel(""));
}

test "describe" {
    try std.testing.expectEqualStrings("parse", describe(error.BadDigit));
    try std.testing.expectEqualStrings("range:TooSmall", describe(error.TooSmall));
}

test "zero is too small" {
    try std.testing.expectError(error.BadDigit, readLevel("0"));
}
