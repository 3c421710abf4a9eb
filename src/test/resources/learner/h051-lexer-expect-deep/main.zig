const std = @import("std");
const expect = std.testing.expect;
const expectEqual = std.testing.expectEqual;
const expectEqualDeep = std.testing.expectEqualDeep;

const Pos = struct { line: u32, col: u32 };
const Tok = union(enum) { word: []const u8, num: u32, eof };
const Lexed = struct { tok: Tok, pos: Pos };

fn lex(src: []const u8, at: usize) Lexed {
    var i = at;
    while (i < src.len and src[i] == ' ') i += 1;
    const pos = Pos{ .line = 1, .col = @intCast(i + 1) };
    if (i >= src.len) return .{ .tok = .eof, .pos = pos };
    const start = i;
    if (std.ascii.isDigit(src[i])) {
        while (i < src.len and std.ascii.isDigit(src[i])) i += 1;
        return .{ .tok = .{ .num = std.fmt.parseInt(u32, src[start..i], 10) catch 0 }, .pos = pos };
    }
    while (i < src.len and src[i] != ' ') i += 1;
    return .{ .tok = .{ .word = src[start..i] }, .pos = pos };
}

test "word" {
    try expectEqualDeep(Lexed{ .tok = .{ .word = "hi" }, .pos = .{ .line = 1, .col = 2 } }, lex(" hi there", 0));
}

test "number" {
    const l = lex("42 x", 0);
    try expectEqual(Tok{ .num = 42 }, l.tok);
    try expectEqual(@as(u32, 1), l.pos.col);
}

test "eof" {
    try expectEqual(Tok.eof, lex("   ", 0).tok);
    try expectEqualDeep(Pos{ .line = 1, .col = 4 }, lex("   ", 0).pos);
}

test "wrong column" {
    try expectEqualDeep(Pos{ .line = 1, .col = 3 }, lex("  ab", 0).pos);
}

test "wrong token kind" {
    try expectEqualDeep(Tok{ .word = "7" }, lex("7", 0).tok);
}

test "wrong word" {
    try expectEqualDeep(Lexed{ .tok = .{ .word = "abd" }, .pos = .{ .line = 1, .col = 1 } }, lex("abc", 0));
}

test "expect with message" {
    const l = lex("zig", 0);
    expect(l.tok == .num) catch |e| {
        std.debug.print("token was {s}\n", .{@tagName(l.tok)});
        return e;
    };
}
