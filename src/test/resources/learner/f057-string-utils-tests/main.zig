const std = @import("std");
const mem = std.mem;

test "split and join" {
    const a = std.testing.allocator;
    var parts = std.ArrayList([]const u8).init(a);
    defer parts.deinit();
    var it = mem.tokenizeSequence(u8, "a::b::::c", "::");
    while (it.next()) |p| try parts.append(p);
    const joined = try mem.join(a, "/", parts.items);
    defer a.free(joined);
    try std.testing.expectEqualStrings("a/b/c", joined);
}

test "backwards and last index" {
    var it = mem.splitBackwardsScalar(u8, "usr/local/bin", '/');
    try std.testing.expectEqualStrings("bin", it.next().?);
    try std.testing.expectEqualStrings("local/", it.rest());
    try std.testing.expectEqual(@as(?usize, 9), mem.lastIndexOfScalar(u8, "usr/local/bin", '/'));
    try std.testing.expectEqual(@as(?usize, 4), mem.indexOf(u8, "usr/local", "local"));
}

test "replace" {
    const a = std.testing.allocator;
    const out = try mem.replaceOwned(u8, a, "one fish two fish", "fish", "cat");
    defer a.free(out);
    try std.testing.expectEqualStrings("one cat two cat", out);
    try std.testing.expectEqual(@as(usize, 2), mem.count(u8, out, "cat"));
    try std.testing.expect(mem.endsWith(u8, out, "cat"));
}

test "window and reverse" {
    var buf = "stressed".*;
    mem.reverse(u8, &buf);
    try std.testing.expectEqualStrings("desserts", &buf);
    var w = mem.window(u8, "abcde", 3, 2);
    try std.testing.expectEqualStrings("abc", w.next().?);
    try std.testing.expectEqualStrings("cde", w.next().?);
    try std.testing.expectEqual(@as(?[]const u8, null), w.next());
}
