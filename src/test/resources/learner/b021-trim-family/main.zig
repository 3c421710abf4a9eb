const std = @import("std");
const testing = std.testing;

const Case = struct {
    input: []const u8,
    chars: []const u8,
    both: []const u8,
    left: []const u8,
    right: []const u8,
};

const cases = [_]Case{
    .{ .input = "  padded  ", .chars = " ", .both = "padded", .left = "padded  ", .right = "  padded" },
    .{ .input = "\t\n mixed \r\n", .chars = " \t\r\n", .both = "mixed", .left = "mixed \r\n", .right = "\t\n mixed" },
    .{ .input = "xxhixx", .chars = "x", .both = "hi", .left = "hixx", .right = "xxhi" },
    .{ .input = "----", .chars = "-", .both = "", .left = "", .right = "" },
    .{ .input = "", .chars = " ", .both = "", .left = "", .right = "" },
    .{ .input = "keep", .chars = "", .both = "keep", .left = "keep", .right = "keep" },
};

test "table of trims" {
    for (cases) |c| {
        try testing.expectEqualStrings(c.both, std.mem.trim(u8, c.input, c.chars));
        try testing.expectEqualStrings(c.left, std.mem.trimLeft(u8, c.input, c.chars));
        try testing.expectEqualStrings(c.right, std.mem.trimRight(u8, c.input, c.chars));
    }
}

test "trim returns a sub-slice, not a copy" {
    const input = "  abc  ";
    const t = std.mem.trim(u8, input, " ");
    try testing.expect(t.ptr == input.ptr + 2);
    try testing.expectEqual(@as(usize, 3), t.len);
}

test "trim punctuation around words" {
    var it = std.mem.tokenizeScalar(u8, "\"Hello,\" (she said) world!", ' ');
    const expected = [_][]const u8{ "Hello", "she", "said", "world" };
    var i: usize = 0;
    while (it.next()) |w| : (i += 1) {
        try testing.expectEqualStrings(expected[i], std.mem.trim(u8, w, "\"(),!"));
    }
    try testing.expectEqual(expected.len, i);
}
