const std = @import("std");

fn letterCounts(s: []const u8) [26]u16 {
    var counts = [_]u16{0} ** 26;
    for (s) |c| {
        if (std.ascii.isAlphabetic(c)) counts[std.ascii.toLower(c) - 'a'] += 1;
    }
    return counts;
}

fn isAnagramCounting(a: []const u8, b: []const u8) bool {
    const ca = letterCounts(a);
    const cb = letterCounts(b);
    return std.mem.eql(u16, &ca, &cb);
}

fn sortedLetters(allocator: std.mem.Allocator, s: []const u8) ![]u8 {
    const copy = try allocator.alloc(u8, s.len);
    var n: usize = 0;
    for (s) |c| {
        if (std.ascii.isAlphabetic(c)) {
            copy[n] = std.ascii.toLower(c);
            n += 1;
        }
    }
    std.mem.sort(u8, copy[0..n], {}, std.sort.asc(u8));
    return allocator.realloc(copy, n);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("leak check: {s}\n", .{@tagName(gpa.deinit())});
    const allocator = gpa.allocator();

    const pairs = [_][2][]const u8{
        .{ "listen", "silent" },
        .{ "Dormitory", "dirty room" },
        .{ "hello", "world" },
        .{ "The eyes", "They see" },
        .{ "abc", "abcc" },
    };
    for (pairs) |p| {
        const a = try sortedLetters(allocator, p[0]);
        defer allocator.free(a);
        const b = try sortedLetters(allocator, p[1]);
        defer allocator.free(b);
        const same = std.mem.eql(u8, a, b);
        std.debug.print("{s:>10} / {s:<10} counting={} sorted={} ({s} vs {s})\n", .{
            p[0], p[1], isAnagramCounting(p[0], p[1]), same, a, b,
        });
    }
}
