const std = @import("std");

const TokenKind = enum { ident, number, keyword_let, keyword_print, equals, plus, lparen, rparen, semicolon, eof };

const Token = struct {
    kind: TokenKind,
    text: []const u8,
};

const Lexer = struct {
    src: []const u8,
    pos: usize = 0,

    fn next(self: *Lexer) !Token {
        while (self.pos < self.src.len and std.ascii.isWhitespace(self.src[self.pos])) self.pos += 1;
        if (self.pos >= self.src.len) return .{ .kind = .eof, .text = "" };
        const start = self.pos;
        const c = self.src[self.pos];
        if (std.ascii.isAlphabetic(c)) {
            while (self.pos < self.src.len and std.ascii.isAlphanumeric(self.src[self.pos])) self.pos += 1;
            const word = self.src[start..self.pos];
            const kind: TokenKind = if (std.mem.eql(u8, word, "let")) .keyword_let else if (std.mem.eql(u8, word, "print")) .keyword_print else .ident;
            return .{ .kind = kind, .text = word };
        }
        if (std.ascii.isDigit(c)) {
            while (self.pos < self.src.len and std.ascii.isDigit(self.src[self.pos])) self.pos += 1;
            return .{ .kind = .number, .text = self.src[start..self.pos] };
        }
        self.pos += 1;
        const kind: TokenKind = switch (c) {
            '=' => .equals,
            '+' => .plus,
            '(' => .lparen,
            ')' => .rparen,
            ';' => .semicolon,
            else => return error.UnexpectedChar,
        };
        return .{ .kind = kind, .text = self.src[start..self.pos] };
    }
};

pub fn main() !void {
    var lx = Lexer{ .src = "let x = 40 + 2;\nprint(x1);\nlet y = x # 3;" };
    var count: usize = 0;
    while (true) {
        const tok = lx.next() catch |err| {
            std.debug.print("error at {d}: {}\n", .{ lx.pos, err });
            break;
        };
        if (tok.kind == .eof) break;
        count += 1;
        std.debug.print("{d:>2} {s:<14} '{s}'\n", .{ count, @tagName(tok.kind), tok.text });
    }
    std.debug.print("{d} tokens, kind enum has {d} values\n", .{ count, @typeInfo(TokenKind).@"enum".fields.len });
}
