const std = @import("std");

pub fn main() void {
    const text =
        \\It was the best of times, it was the worst of times;
        \\it was the age of wisdom, it was the age of foolishness...
    ;
    var freq = [_]u32{0} ** 26;
    var vowels: usize = 0;
    var upper: usize = 0;
    var punct: usize = 0;
    for (text) |c| {
        if (std.ascii.isAlphabetic(c)) {
            freq[std.ascii.toLower(c) - 'a'] += 1;
            if (std.mem.indexOfScalar(u8, "aeiouAEIOU", c) != null) vowels += 1;
            if (std.ascii.isUpper(c)) upper += 1;
        } else if (std.mem.indexOfScalar(u8, ",.;", c) != null) {
            punct += 1;
        }
    }
    std.debug.print("vowels {d} upper {d} punct {d} lines {d}\n", .{ vowels, upper, punct, std.mem.count(u8, text, "\n") + 1 });
    const stars = "*" ** 20;
    for (freq, 0..) |n, i| {
        if (n < 4) continue;
        std.debug.print("{c} {d:>2} {s}\n", .{ @as(u8, @intCast('a' + i)), n, stars[0..n] });
    }
    var longest: []const u8 = "";
    var words = std.mem.tokenizeAny(u8, text, " ,.;\n");
    var count: usize = 0;
    while (words.next()) |w| : (count += 1) {
        if (w.len > longest.len) longest = w;
    }
    std.debug.print("{d} words, longest '{s}' ({d})\n", .{ count, longest, longest.len });
    var title: [32]u8 = undefined;
    const src = "hello wide world";
    for (src, 0..) |c, i| {
        title[i] = if (i == 0 or src[i - 1] == ' ') std.ascii.toUpper(c) else c;
    }
    std.debug.print("{s}\n", .{title[0..src.len]});
    std.debug.print("{s}\n", .{stars[0 .. freq['t' - 'a'] + 1]});
}
