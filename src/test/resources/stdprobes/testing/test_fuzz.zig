const std = @import("std");

fn one(input: []const u8) anyerror!void {
    std.debug.print("input: \"{s}\" len {d}\n", .{ input, input.len });
}

test "fuzz without fuzzing runs the corpus and the empty input" {
    try std.testing.fuzz(one, .{});
    std.debug.print("--\n", .{});
    try std.testing.fuzz(one, .{ .corpus = &.{ "ab", "xyz" } });
}
