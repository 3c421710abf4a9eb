const std = @import("std");
const testing = std.testing;

const Score = struct { who: []const u8, points: u16 };

fn topScores(allocator: std.mem.Allocator, scores: []const Score, n: usize) ![]u16 {
    const copy = try allocator.dupe(Score, scores);
    defer allocator.free(copy);
    std.mem.sort(Score, copy, {}, struct {
        fn lt(_: void, a: Score, b: Score) bool {
            return a.points < b.points;
        }
    }.lt);
    const out = try allocator.alloc(u16, @min(n, copy.len));
    for (out, copy[0..out.len]) |*o, s| o.* = s.points;
    return out;
}

const all_scores = [_]Score{
    .{ .who = "a", .points = 40 },
    .{ .who = "b", .points = 95 },
    .{ .who = "c", .points = 12 },
    .{ .who = "d", .points = 77 },
    .{ .who = "e", .points = 60 },
};

test "top three scores, highest first" {
    const top = try topScores(testing.allocator, &all_scores, 3);
    defer testing.allocator.free(top);
    try testing.expectEqualSlices(u16, &.{ 95, 77, 60 }, top);
}
