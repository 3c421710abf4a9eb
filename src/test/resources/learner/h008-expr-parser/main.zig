const std = @import("std");

const Tok = union(enum) { num: i64, op: u8, lparen, rparen, end };

const Lexer = struct {
    src: []const u8,
    pos: usize = 0,

    fn next(self: *Lexer) !Tok {
        while (self.pos < self.src.len and std.ascii.isWhitespace(self.src[self.pos])) self.pos += 1;
        if (self.pos >= self.src.len) return .end;
        const c = self.src[self.pos];
        self.pos += 1;
        switch (c) {
            '0'...'9' => {
                const start = self.pos - 1;
                while (self.pos < self.src.len and std.ascii.isDigit(self.src[self.pos])) self.pos += 1;
                return .{ .num = try std.fmt.parseInt(i64, self.src[start..self.pos], 10) };
            },
            '+', '-', '*', '/' => return .{ .op = c },
            '(' => return .lparen,
            ')' => return .rparen,
            else => return error.UnexpectedChar,
        }
    }
};

const Parser = struct {
    lex: Lexer,
    cur: Tok,

    fn init(src: []const u8) !Parser {
        var l = Lexer{ .src = src };
        const t = try l.next();
        return .{ .lex = l, .cur = t };
    }
    fn advance(self: *Parser) !void {
        self.cur = try self.lex.next();
    }
    fn expr(self: *Parser) anyerror!i64 {
        var v = try self.term();
        while (self.cur == .op and (self.cur.op == '+' or self.cur.op == '-')) {
            const o = self.cur.op;
            try self.advance();
            const r = try self.term();
            v = if (o == '+') v + r else v - r;
        }
        return v;
    }
    fn term(self: *Parser) anyerror!i64 {
        var v = try self.atom();
        while (self.cur == .op and (self.cur.op == '*' or self.cur.op == '/')) {
            const o = self.cur.op;
            try self.advance();
            const r = try self.atom();
            v = if (o == '*') v * r else try std.math.divTrunc(i64, v, r);
        }
        return v;
    }
    fn atom(self: *Parser) anyerror!i64 {
        switch (self.cur) {
            .num => |n| {
                try self.advance();
                return n;
            },
            .lparen => {
                try self.advance();
                const v = try self.expr();
                if (self.cur != .rparen) return error.ExpectedRParen;
                try self.advance();
                return v;
            },
            else => return error.UnexpectedToken,
        }
    }
};

pub fn main() !void {
    const inputs = [_][]const u8{ "1 + 2 * 3", "(1+2)*3", "100 / 7 - 2", "8 / (4 - 4)", "2 * (3", "7 $ 2", "99999999999 * 99999999999" };
    for (inputs) |src| {
        var p = try Parser.init(src);
        if (p.expr()) |v| {
            std.debug.print("{s:<28} = {d}\n", .{ src, v });
        } else |err| {
            std.debug.print("{s:<28} ! {s}\n", .{ src, @errorName(err) });
        }
    }
}
