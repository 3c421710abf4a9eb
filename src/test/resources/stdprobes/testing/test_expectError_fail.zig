const std = @import("std");

fn parse(s: []const u8) !u8 {
    return std.fmt.parseInt(u8, s, 10);
}

test "got a value" {
    try std.testing.expectError(error.InvalidCharacter, parse("42"));
}

test "got another error" {
    try std.testing.expectError(error.InvalidCharacter, parse("999"));
}

test "got a bool" {
    const r: anyerror!bool = true;
    try std.testing.expectError(error.Bad, r);
}
