const std = @import("std");
const testing = std.testing;

const Level = enum { debug, info, warn, err };

fn formatLine(buf: []u8, level: Level, msg: []const u8) ![]u8 {
    return std.fmt.bufPrint(buf, "[{s}] {s}", .{ @tagName(level), msg });
}

test "info line" {
    var buf: [64]u8 = undefined;
    const line = try formatLine(&buf, .info, "server started");
    try testing.expectEqualStrings("[info] server started", line);
}

test "error line uses upper case tag" {
    var buf: [64]u8 = undefined;
    const line = try formatLine(&buf, .err, "disk full");
    try testing.expectEqualStrings("[ERR] disk full", line);
}
