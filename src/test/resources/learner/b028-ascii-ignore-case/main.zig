const std = @import("std");
const testing = std.testing;

fn findCommand(commands: []const []const u8, input: []const u8) ?usize {
    for (commands, 0..) |cmd, i| {
        if (std.ascii.eqlIgnoreCase(cmd, input)) return i;
    }
    return null;
}

fn caseInsensitiveLess(_: void, a: []const u8, b: []const u8) bool {
    return std.ascii.orderIgnoreCase(a, b) == .lt;
}

test "eqlIgnoreCase" {
    const commands = [_][]const u8{ "help", "quit", "list" };
    try testing.expectEqual(@as(?usize, 1), findCommand(&commands, "QUIT"));
    try testing.expectEqual(@as(?usize, 2), findCommand(&commands, "LiSt"));
    try testing.expectEqual(@as(?usize, null), findCommand(&commands, "exit"));
    try testing.expect(!std.ascii.eqlIgnoreCase("help", "helper"));
}

test "indexOfIgnoreCase and startsWithIgnoreCase" {
    const header = "Content-Type: text/html; Charset=UTF-8";
    try testing.expect(std.ascii.startsWithIgnoreCase(header, "content-type"));
    try testing.expectEqual(@as(?usize, 25), std.ascii.indexOfIgnoreCase(header, "charset"));
    try testing.expectEqual(@as(?usize, null), std.ascii.indexOfIgnoreCase(header, "boundary"));
    try testing.expectEqual(@as(?usize, null), std.mem.indexOf(u8, header, "charset"));
}

test "orderIgnoreCase" {
    try testing.expectEqual(std.math.Order.eq, std.ascii.orderIgnoreCase("Zig", "zIG"));
    try testing.expectEqual(std.math.Order.lt, std.ascii.orderIgnoreCase("apple", "Banana"));
    try testing.expectEqual(std.math.Order.gt, std.ascii.orderIgnoreCase("apples", "APPLE"));
}

test "sort ignoring case" {
    var names = [_][]const u8{ "bob", "Alice", "carol", "Dave", "alan" };
    std.mem.sort([]const u8, &names, {}, caseInsensitiveLess);
    const expected = [_][]const u8{ "alan", "Alice", "bob", "carol", "Dave" };
    for (expected, names) |e, n| try testing.expectEqualStrings(e, n);
}
