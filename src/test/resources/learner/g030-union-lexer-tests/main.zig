const std = @import("std");

const Tok = union(enum) {
    num: u32,
    plus,
    minus,
    word: []const u8,
};

fn lex(alloc: std.mem.Allocator, src: []const u8) ![]Tok {
    var out = std.ArrayList(Tok).init(alloc);
    errdefer out.deinit();
    var it = std.mem.tokenizeScalar(u8, src, ' ');
    while (it.next()) |w| {
        const t: Tok = if (std.mem.eql(u8, w, "+"))
            .plus
        else if (std.mem.eql(u8, w, "-"))
            .minus
        else if (std.fmt.parseInt(u32, w, 10)) |n|
            .{ .num = n }
        else |_|
            .{ .word = w };
        try out.append(t);
    }
    return out.toOwnedSlice();
}

test "numbers and ops" {
    const toks = try lex(std.testing.allocator, "1 + 22 - 3");
    defer std.testing.allocator.free(toks);
    try std.testing.expectEqualDeep(@as([]const Tok, &.{ .{ .num = 1 }, .plus, .{ .num = 22 }, .minus, .{ .num = 3 } }), toks);
}

test "words" {
    const toks = try lex(std.testing.allocator, "x + y");
    defer std.testing.allocator.free(toks);
    try std.testing.expectEqual(3, toks.len);
    try std.testing.expectEqualStrings("y", toks[2].word);
    try std.testing.expectEqual(Tok.plus, toks[1]);
}

test "deep mismatch" {
    const toks = try lex(std.testing.allocator, "5 - 2");
    defer std.testing.allocator.free(toks);
    try std.testing.expectEqualDeep(@as([]const Tok, &.{ .{ .num = 5 }, .plus, .{ .num = 2 } }), toks);
}

test "tag mismatch" {
    const toks = try lex(std.testing.allocator, "abc");
    defer std.testing.allocator.free(toks);
    try std.testing.expectEqual(Tok{ .num = 1 }, toks[0]);
}
