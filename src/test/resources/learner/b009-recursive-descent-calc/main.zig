const std = @import("std");

const Parser = struct {
    src: []const u8,
    pos: usize = 0,

    const Error = error{ UnexpectedEnd, UnexpectedChar, DivisionByZero, Overflow, InvalidCharacter };

    fn skipSpaces(self: *Parser) void {
        while (self.pos < self.src.len and self.src[self.pos] == ' ') self.pos += 1;
    }

    fn peek(self: *Parser) ?u8 {
        self.skipSpaces();
        if (self.pos >= self.src.len) return null;
        return self.src[self.pos];
    }

    fn expr(self: *Parser) Error!i64 {
        var value = try self.term();
        while (self.peek()) |c| {
            if (c != '+' and c != '-') break;
            self.pos += 1;
            const rhs = try self.term();
            value = if (c == '+') value + rhs else value - rhs;
        }
        return value;
    }

    fn term(self: *Parser) Error!i64 {
        var value = try self.factor();
        while (self.peek()) |c| {
            if (c != '*' and c != '/') break;
            self.pos += 1;
            const rhs = try self.factor();
            if (c == '*') {
                value *= rhs;
            } else {
                if (rhs == 0) return error.DivisionByZero;
                value = @divTrunc(value, rhs);
            }
        }
        return value;
    }

    fn factor(self: *Parser) Error!i64 {
        const c = self.peek() orelse return error.UnexpectedEnd;
        if (c == '(') {
            self.pos += 1;
            const v = try self.expr();
            if (self.peek() != ')') return error.UnexpectedChar;
            self.pos += 1;
            return v;
        }
        if (c == '-') {
            self.pos += 1;
            return -(try self.factor());
        }
        const start = self.pos;
        while (self.pos < self.src.len and std.ascii.isDigit(self.src[self.pos])) self.pos += 1;
        if (start == self.pos) return error.UnexpectedChar;
        return std.fmt.parseInt(i64, self.src[start..self.pos], 10);
    }
};

fn evaluate(src: []const u8) Parser.Error!i64 {
    var p = Parser{ .src = src };
    const v = try p.expr();
    if (p.peek() != null) return error.UnexpectedChar;
    return v;
}

pub fn main() void {
    const cases = [_][]const u8{ "1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - -3", "2 * (3 + 4) * 5", "8 / (4 - 4)", "3 +", "4 4", "((2))" };
    for (cases) |src| {
        if (evaluate(src)) |v| {
            std.debug.print("{s:>16} = {d}\n", .{ src, v });
        } else |err| {
            std.debug.print("{s:>16} ! {s}\n", .{ src, @errorName(err) });
        }
    }
}
