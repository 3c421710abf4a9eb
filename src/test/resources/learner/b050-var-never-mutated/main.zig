const std = @import("std");

fn countVowels(text: []const u8) usize {
    var vowels = "aeiouAEIOU";
    var n: usize = 0;
    for (text) |c| {
        if (std.mem.indexOfScalar(u8, vowels, c) != null) n += 1;
    }
    return n;
}

pub fn main() void {
    const words = [_][]const u8{ "allocator", "slice", "Zig", "rhythm" };
    for (words) |w| {
        std.debug.print("{s}: {d} vowels\n", .{ w, countVowels(w) });
    }
}
