const std = @import("std");
const t = std.testing;

fn splitWords(alloc: std.mem.Allocator, s: []const u8) ![]const []const u8 {
    var list = std.ArrayList([]const u8).init(alloc);
    var it = std.mem.tokenizeScalar(u8, s, ' ');
    while (it.next()) |w| try list.append(w);
    return list.toOwnedSlice();
}

test "words" {
    const w = try splitWords(t.allocator, "to be or not");
    defer t.allocator.free(w);
    try t.expectEqualDeep(@as([]const []const u8, &.{ "to", "be", "or", "not" }), w);
}

test "words mismatch" {
    const w = try splitWords(t.allocator, "to be  or");
    defer t.allocator.free(w);
    try t.expectEqualDeep(@as([]const []const u8, &.{ "to", "be", "", "or" }), w);
}

test "prefix" {
    try t.expectStringStartsWith("hello world", "world");
}

test "ends" {
    try t.expectStringEndsWith("hello world", "world");
    try t.expectEqualStrings("multi\nline\ntext", "multi\nline\ntest");
}
