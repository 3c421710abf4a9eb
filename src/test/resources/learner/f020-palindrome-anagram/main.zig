const std = @import("std");

fn isPalindrome(s: []const u8) bool {
    var i: usize = 0;
    var j: usize = s.len;
    while (i < j) {
        if (!std.ascii.isAlphanumeric(s[i])) {
            i += 1;
            continue;
        }
        if (!std.ascii.isAlphanumeric(s[j - 1])) {
            j -= 1;
            continue;
        }
        if (std.ascii.toLower(s[i]) != std.ascii.toLower(s[j - 1])) return false;
        i += 1;
        j -= 1;
    }
    return true;
}

fn sortedLetters(alloc: std.mem.Allocator, s: []const u8) ![]u8 {
    var out = std.ArrayList(u8).init(alloc);
    for (s) |c| if (std.ascii.isAlphabetic(c)) try out.append(std.ascii.toLower(c));
    std.mem.sort(u8, out.items, {}, std.sort.asc(u8));
    return out.toOwnedSlice();
}

fn isAnagram(alloc: std.mem.Allocator, a: []const u8, b: []const u8) !bool {
    const x = try sortedLetters(alloc, a);
    defer alloc.free(x);
    const y = try sortedLetters(alloc, b);
    defer alloc.free(y);
    return std.mem.eql(u8, x, y);
}

test "palindromes" {
    try std.testing.expect(isPalindrome("A man, a plan, a canal: Panama"));
    try std.testing.expect(isPalindrome(""));
    try std.testing.expect(!isPalindrome("zig"));
}

test "anagrams" {
    const a = std.testing.allocator;
    try std.testing.expect(try isAnagram(a, "Listen", "Silent"));
    try std.testing.expect(try isAnagram(a, "Dormitory", "dirty room"));
    try std.testing.expect(!try isAnagram(a, "abc", "abd"));
}

test "sorted letters" {
    const s = try sortedLetters(std.testing.allocator, "Heap Lab");
    defer std.testing.allocator.free(s);
    try std.testing.expectEqualStrings("aabehlp", s);
}
