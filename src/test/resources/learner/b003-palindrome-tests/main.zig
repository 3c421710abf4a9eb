const std = @import("std");
const testing = std.testing;

fn isPalindrome(s: []const u8) bool {
    if (s.len == 0) return true;
    var i: usize = 0;
    var j: usize = s.len - 1;
    while (i < j) {
        if (!std.ascii.isAlphanumeric(s[i])) {
            i += 1;
            continue;
        }
        if (!std.ascii.isAlphanumeric(s[j])) {
            j -= 1;
            continue;
        }
        if (std.ascii.toLower(s[i]) != std.ascii.toLower(s[j])) return false;
        i += 1;
        j -= 1;
    }
    return true;
}

fn cleanedCopy(allocator: std.mem.Allocator, s: []const u8) ![]u8 {
    var out = std.ArrayList(u8).init(allocator);
    errdefer out.deinit();
    for (s) |c| {
        if (std.ascii.isAlphanumeric(c)) try out.append(std.ascii.toLower(c));
    }
    return out.toOwnedSlice();
}

test "simple palindromes" {
    try testing.expect(isPalindrome("racecar"));
    try testing.expect(isPalindrome("abba"));
    try testing.expect(!isPalindrome("abca"));
}

test "ignores case and punctuation" {
    try testing.expect(isPalindrome("A man, a plan, a canal: Panama!"));
    try testing.expect(isPalindrome("No 'x' in Nixon"));
    try testing.expect(!isPalindrome("Hello, olleH?x"));
}

test "edge cases" {
    try testing.expect(isPalindrome(""));
    try testing.expect(isPalindrome("z"));
    try testing.expect(isPalindrome("?!"));
}

test "cleaned copy reversed equals itself" {
    const clean = try cleanedCopy(testing.allocator, "Was it a car or a cat I saw?");
    defer testing.allocator.free(clean);
    try testing.expectEqualStrings("wasitacaroracatisaw", clean);
    const rev = try testing.allocator.dupe(u8, clean);
    defer testing.allocator.free(rev);
    std.mem.reverse(u8, rev);
    try testing.expectEqualStrings(clean, rev);
}
