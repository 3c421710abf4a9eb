const std = @import("std");
const testing = std.testing;

fn isPalindrome(s: []const u8) bool {
    if (s.len < 2) return true;
    var i: usize = 0;
    var j: usize = s.len - 1;
    while (i < j) : ({
        i += 1;
        j -= 1;
    }) {
        if (std.ascii.toLower(s[i]) != std.ascii.toLower(s[j])) return false;
    }
    return true;
}

fn wordCount(s: []const u8) usize {
    var it = std.mem.tokenizeAny(u8, s, " \t\n");
    var n: usize = 0;
    while (it.next()) |_| n += 1;
    return n;
}

test "palindromes" {
    const yes = [_][]const u8{ "", "a", "abba", "Racecar", "noon" };
    for (yes) |w| try testing.expect(isPalindrome(w));
}

test "not palindromes" {
    const no = [_][]const u8{ "ab", "abc", "zig" };
    for (no) |w| try testing.expect(!isPalindrome(w));
}

test "phrase with spaces is not handled" {
    std.debug.print("checking a phrase\n", .{});
    try testing.expect(isPalindrome("never odd or even"));
}

test "word counts" {
    try testing.expectEqual(@as(usize, 0), wordCount("   "));
    try testing.expectEqual(@as(usize, 3), wordCount(" one\ttwo\nthree "));
    try testing.expectEqual(@as(usize, 2), wordCount("a-b c"));
    try testing.expectEqual(@as(usize, 4), wordCount("a b c"));
}

test "last one passes" {
    try testing.expectEqual(@as(usize, 1), wordCount("x"));
}
