const std = @import("std");
const testing = std.testing;

fn isSeparatorLine(line: []const u8) bool {
    return line.len >= 3 and (std.mem.allEqual(u8, line, '-') or std.mem.allEqual(u8, line, '='));
}

fn commonPrefix(a: []const u8, b: []const u8) []const u8 {
    const d = std.mem.indexOfDiff(u8, a, b) orelse return a;
    return a[0..d];
}

fn mentionsOften(text: []const u8, word: []const u8, times: usize) bool {
    return std.mem.containsAtLeast(u8, text, times, word);
}

test "separator lines" {
    try testing.expect(isSeparatorLine("-----"));
    try testing.expect(isSeparatorLine("==="));
    try testing.expect(!isSeparatorLine("--"));
    try testing.expect(!isSeparatorLine("-=-"));
    try testing.expect(!isSeparatorLine("--- title ---"));
}

test "common prefix" {
    try testing.expectEqualStrings("inter", commonPrefix("internet", "interview"));
    try testing.expectEqualStrings("", commonPrefix("zig", "rust"));
    try testing.expectEqualStrings("same", commonPrefix("same", "same"));
    try testing.expectEqualStrings("ab", commonPrefix("ab", "abc"));
}

test "indexOfDiff positions" {
    try testing.expectEqual(@as(?usize, 3), std.mem.indexOfDiff(u8, "abcdef", "abcxef"));
    try testing.expectEqual(@as(?usize, null), std.mem.indexOfDiff(u8, "equal", "equal"));
    try testing.expectEqual(@as(?usize, 2), std.mem.indexOfDiff(u8, "ab", "abc"));
}

test "containsAtLeast" {
    const text = "the cat saw the other cat near the cathedral";
    try testing.expect(mentionsOften(text, "the", 3));
    try testing.expect(mentionsOften(text, "cat", 3));
    try testing.expect(!mentionsOften(text, "cat", 4));
    try testing.expect(mentionsOften(text, "dog", 0));
}
