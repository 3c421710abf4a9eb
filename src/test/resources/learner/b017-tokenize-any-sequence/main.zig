const std = @import("std");
const testing = std.testing;

fn countItems(it: anytype) usize {
    var n: usize = 0;
    while (it.next()) |_| n += 1;
    return n;
}

fn collect(allocator: std.mem.Allocator, text: []const u8, delims: []const u8) !std.ArrayList([]const u8) {
    var list = std.ArrayList([]const u8).init(allocator);
    errdefer list.deinit();
    var it = std.mem.tokenizeAny(u8, text, delims);
    while (it.next()) |t| try list.append(t);
    return list;
}

test "tokenizeAny skips empty pieces, splitAny keeps them" {
    const text = "a, b,,c ,  d";
    var tok = std.mem.tokenizeAny(u8, text, ", ");
    var spl = std.mem.splitAny(u8, text, ", ");
    try testing.expectEqual(@as(usize, 4), countItems(&tok));
    try testing.expectEqual(@as(usize, 10), countItems(&spl));
}

test "tokenizeSequence on a multi-byte delimiter" {
    var it = std.mem.tokenizeSequence(u8, "<br><br>one<br>two<br><br>three<br>", "<br>");
    try testing.expectEqualStrings("one", it.next().?);
    try testing.expectEqualStrings("two", it.next().?);
    try testing.expectEqualStrings("three", it.next().?);
    try testing.expect(it.next() == null);
}

test "splitSequence keeps the empty pieces" {
    var it = std.mem.splitSequence(u8, "<br><br>one<br>", "<br>");
    try testing.expectEqualStrings("", it.next().?);
    try testing.expectEqualStrings("", it.next().?);
    try testing.expectEqualStrings("one", it.next().?);
    try testing.expectEqualStrings("", it.next().?);
    try testing.expectEqual(@as(?[]const u8, null), it.next());
}

test "collect words from mixed whitespace" {
    var words = try collect(testing.allocator, "  hello\tworld \n\n zig\r\n", " \t\r\n");
    defer words.deinit();
    try testing.expectEqual(@as(usize, 3), words.items.len);
    try testing.expectEqualStrings("hello", words.items[0]);
    try testing.expectEqualStrings("zig", words.items[2]);
}

test "only delimiters gives no tokens" {
    var words = try collect(testing.allocator, " ,;, ", " ,;");
    defer words.deinit();
    try testing.expectEqual(@as(usize, 0), words.items.len);
}
