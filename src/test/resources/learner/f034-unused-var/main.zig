const std = @import("std");

fn countVowels(s: []const u8) usize {
    var n: usize = 0;
    const vowels = "aeiou";
    for (s) |c| {
        const lower = std.ascii.toLower(c);
        if (std.mem.indexOfScalar(u8, vowels, c) != null) n += 1;
    }
    return n;
}

pub fn main() void {
    std.debug.print("{d}\n", .{countVowels("Heap Lab")});
}
