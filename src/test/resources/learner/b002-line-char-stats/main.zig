const std = @import("std");

const Stats = struct {
    lines: usize = 0,
    letters: usize = 0,
    digits: usize = 0,
    spaces: usize = 0,
    other: usize = 0,
    longest: []const u8 = "",
};

fn analyze(text: []const u8) Stats {
    var s = Stats{};
    var lines = std.mem.splitScalar(u8, text, '\n');
    while (lines.next()) |line| {
        s.lines += 1;
        if (line.len > s.longest.len) s.longest = line;
        for (line) |c| {
            if (std.ascii.isAlphabetic(c)) {
                s.letters += 1;
            } else if (std.ascii.isDigit(c)) {
                s.digits += 1;
            } else if (std.ascii.isWhitespace(c)) {
                s.spaces += 1;
            } else {
                s.other += 1;
            }
        }
    }
    return s;
}

pub fn main() void {
    const poem =
        \\Roses are red,
        \\violets are blue;
        \\Zig 0.14 is out
        \\and 42 is true.
        \\
        \\(the end)
    ;
    const s = analyze(poem);
    std.debug.print("{s:<10}|{d:>8}\n", .{ "lines", s.lines });
    std.debug.print("{s:<10}|{d:>8}\n", .{ "letters", s.letters });
    std.debug.print("{s:<10}|{d:>8}\n", .{ "digits", s.digits });
    std.debug.print("{s:<10}|{d:>8}\n", .{ "spaces", s.spaces });
    std.debug.print("{s:<10}|{d:>8}\n", .{ "other", s.other });
    std.debug.print("{s:<10}|{d:>8}\n", .{ "total", poem.len });
    std.debug.print("longest line: \"{s}\" ({d} chars)\n", .{ s.longest, s.longest.len });
    const avg = @as(f64, @floatFromInt(poem.len)) / @as(f64, @floatFromInt(s.lines));
    std.debug.print("average: {d:.2} chars per line\n", .{avg});
}
