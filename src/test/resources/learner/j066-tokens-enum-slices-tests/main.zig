const std = @import("std");
const testing = std.testing;

const Tok = enum { ident, number, plus, minus, lparen, rparen };

fn lex(src: []const u8, out: []Tok) ![]Tok {
    var n: usize = 0;
    var i: usize = 0;
    while (i < src.len) : (i += 1) {
        const c = src[i];
        const t: Tok = switch (c) {
            ' ' => continue,
            '+' => .plus,
            '-' => .minus,
            '(' => .lparen,
            ')' => .rparen,
            '0'...'9' => blk: {
                while (i + 1 < src.len and std.ascii.isDigit(src[i + 1])) i += 1;
                break :blk .number;
            },
            'a'...'z' => blk: {
                while (i + 1 < src.len and std.ascii.isAlphabetic(src[i + 1])) i += 1;
                break :blk .ident;
            },
            else => return error.UnexpectedChar,
        };
        if (n == out.len) return error.TooManyTokens;
        out[n] = t;
        n += 1;
    }
    return out[0..n];
}

fn expectTokens(src: []const u8, want: []const Tok) !void {
    var buf: [16]Tok = undefined;
    const got = try lex(src, &buf);
    try testing.expectEqualSlices(Tok, want, got);
}

test "simple sum" {
    try expectTokens("a + 12", &.{ .ident, .plus, .number });
}

test "parens" {
    try expectTokens("(x - 3)", &.{ .lparen, .ident, .minus, .number, .rparen });
}

test "wrong expectation" {
    try expectTokens("abc+1", &.{ .ident, .minus, .number });
}

test "bad char" {
    try expectTokens("a * b", &.{});
}

test "too many" {
    var small: [2]Tok = undefined;
    try testing.expectError(error.TooManyTokens, lex("1+2", &small));
    try testing.expectEqual(Tok.number, small[0]);
    try testing.expectEqual(@as(usize, 3), @intFromEnum(small[1]) + 1);
}
