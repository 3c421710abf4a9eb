const std = @import("std");

fn reverseWords(a: std.mem.Allocator, s: []const u8) ![]u8 {
    var words = std.ArrayList([]const u8).init(a);
    defer words.deinit();
    var it = std.mem.splitScalar(u8, s, ' ');
    while (it.next()) |w| if (w.len > 0) try words.append(w);
    std.mem.reverse([]const u8, words.items);
    return std.mem.join(a, " ", words.items);
}

fn isPalindrome(s: []const u8) bool {
    var i: usize = 0;
    var j = s.len;
    while (i < j) {
        j -= 1;
        if (std.ascii.toLower(s[i]) != std.ascii.toLower(s[j])) return false;
        i += 1;
    }
    return true;
}

test "reverse words" {
    const r = try reverseWords(std.testing.allocator, "one  two three");
    defer std.testing.allocator.free(r);
    try std.testing.expectEqualStrings("three two one", r);
}

test "palindromes" {
    try std.testing.expect(isPalindrome("Racecar"));
    try std.testing.expect(!isPalindrome("abca"));
    try std.testing.expect(isPalindrome(""));
}

test "trim and replace" {
    const a = std.testing.allocator;
    const t = std.mem.trim(u8, "  padded\t\n", " \t\n");
    try std.testing.expectEqualStrings("padded", t);
    const r = try std.mem.replaceOwned(u8, a, "a-b-c", "-", "+");
    defer a.free(r);
    try std.testing.expectEqualStrings("a+b+c", r);
    try std.testing.expectEqual(@as(usize, 2), std.mem.count(u8, "a-b-c", "-"));
    try std.testing.expectEqualStrings("a+b+d", r);
}
