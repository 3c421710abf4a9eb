const std = @import("std");
const testing = std.testing;

test "replacementSize predicts the output length" {
    const input = "the cat and the hat";
    try testing.expectEqual(@as(usize, 19), std.mem.replacementSize(u8, input, "the", "a"[0..0] ++ "the"));
    try testing.expectEqual(@as(usize, 15), std.mem.replacementSize(u8, input, "the", "a"));
    try testing.expectEqual(@as(usize, 23), std.mem.replacementSize(u8, input, "the", "those"));
}

test "replace into a stack buffer" {
    const input = "one fish two fish red fish";
    var buf: [64]u8 = undefined;
    const size = std.mem.replacementSize(u8, input, "fish", "cat");
    const n = std.mem.replace(u8, input, "fish", "cat", buf[0..size]);
    try testing.expectEqual(@as(usize, 3), n);
    try testing.expectEqualStrings("one cat two cat red cat", buf[0..size]);
}

test "replaceOwned allocates the result" {
    const out = try std.mem.replaceOwned(u8, testing.allocator, "a-b-c-d", "-", " -> ");
    defer testing.allocator.free(out);
    try testing.expectEqualStrings("a -> b -> c -> d", out);
    try testing.expectEqual(@as(usize, 3), std.mem.count(u8, out, "->"));
}

test "replaceOwned with no match copies the input" {
    const out = try std.mem.replaceOwned(u8, testing.allocator, "nothing here", "xyz", "!");
    defer testing.allocator.free(out);
    try testing.expectEqualStrings("nothing here", out);
}

test "replaceScalar needs a mutable copy" {
    const copy = try testing.allocator.dupe(u8, "snake_case_name_here");
    defer testing.allocator.free(copy);
    std.mem.replaceScalar(u8, copy, '_', ' ');
    try testing.expectEqualStrings("snake case name here", copy);
}
