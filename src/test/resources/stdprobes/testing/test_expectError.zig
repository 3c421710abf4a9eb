const std = @import("std");

fn parse(s: []const u8) !u8 {
    return std.fmt.parseInt(u8, s, 10);
}

test "expectError passes" {
    try std.testing.expectError(error.InvalidCharacter, parse("x1"));
    std.debug.print("InvalidCharacter: ok\n", .{});
    try std.testing.expectError(error.Overflow, parse("300"));
    std.debug.print("Overflow: ok\n", .{});
    const e: anyerror!void = error.OutOfMemory;
    try std.testing.expectError(error.OutOfMemory, e);
    std.debug.print("OutOfMemory: ok\n", .{});
}
