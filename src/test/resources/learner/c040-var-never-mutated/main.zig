const std = @import("std");

const vowel_table = blk: {
    var t = [_]bool{false} ** 256;
    for ("aeiouAEIOU") |c| t[c] = true;
    break :blk t;
};

fn countVowels(s: []const u8) usize {
    var n: usize = 0;
    for (s) |c| {
        if (vowel_table[c]) n += 1;
    }
    return n;
}

pub fn main() void {
    var words = [_][]const u8{ "comptime", "reflection", "zig", "rhythm" };
    var best: usize = 0;
    for (words, 0..) |w, i| {
        const v = countVowels(w);
        std.debug.print("{s}: {d} vowels\n", .{ w, v });
        if (v > countVowels(words[best])) best = i;
    }
    std.debug.print("most vowels: {s}\n", .{words[best]});
}
