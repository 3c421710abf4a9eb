const std = @import("std");
const testing = std.testing;

fn joinWords(alloc: std.mem.Allocator, words: []const []const u8) ![]u8 {
    return std.mem.join(alloc, " ", words);
}

fn squares(alloc: std.mem.Allocator, n: usize) ![]u64 {
    const out = try alloc.alloc(u64, n);
    for (out, 0..) |*o, i| o.* = i * i;
    return out;
}

test "join" {
    const s = try joinWords(testing.allocator, &.{ "a", "bb", "ccc" });
    defer testing.allocator.free(s);
    try testing.expectEqualStrings("a bb ccc", s);
    try testing.expectStringStartsWith(s, "a b");
    try testing.expectStringEndsWith(s, "cc");
}

test "squares" {
    const sq = try squares(testing.allocator, 5);
    defer testing.allocator.free(sq);
    try testing.expectEqualSlices(u64, &.{ 0, 1, 4, 9, 16 }, sq);
    try testing.expectEqual(@as(usize, 5), sq.len);
}

test "floats and fmt" {
    try testing.expectApproxEqAbs(@as(f64, 0.3), 0.1 + 0.2, 1e-9);
    try testing.expectApproxEqRel(@as(f32, 100), 101, 0.05);
    try testing.expectFmt("x=  7|", "x={d:>3}|", .{7});
    try testing.expect(std.math.approxEqAbs(f64, 1.0, 1.0001, 0.01));
}

test "squares leak" {
    const sq = try squares(testing.allocator, 3);
    try testing.expectEqual(@as(u64, 4), sq[2]);
}

test "join mismatch" {
    const s = try joinWords(testing.allocator, &.{ "x", "y" });
    defer testing.allocator.free(s);
    try testing.expectEqualStrings("x,y", s);
}

test "slices mismatch" {
    try testing.expectEqualSlices(u8, "hello", "help!");
}

test "error expected" {
    try testing.expectError(error.OutOfMemory, squares(testing.failing_allocator, 1));
    try testing.expectError(error.OutOfMemory, squares(testing.allocator, 0));
}
