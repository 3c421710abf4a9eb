const std = @import("std");

fn dot(a: []const f32, b: []const f32) f32 {
    var sum: f32 = 0;
    for (a, b) |x, y| sum += x * y;
    return sum;
}

test "dot of equal lengths" {
    try std.testing.expectEqual(@as(f32, 32), dot(&.{ 1, 2, 3 }, &.{ 4, 5, 6 }));
}

test "names and scores" {
    const names = [_][]const u8{ "ann", "bo", "cy" };
    const scores = [_]u8{ 90, 75, 60 };
    var best: usize = 0;
    for (names, scores, 0..) |_, s, i| {
        if (s > scores[best]) best = i;
    }
    try std.testing.expectEqualStrings("ann", names[best]);
}

test "mismatched" {
    const weights = [_]f32{ 0.5, 0.5 };
    const values = [_]f32{ 10, 20, 30 };
    var w_len: usize = weights.len;
    _ = &w_len;
    try std.testing.expectEqual(@as(f32, 15), dot(weights[0..w_len], &values));
}
