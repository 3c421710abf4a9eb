const std = @import("std");

const Parser = struct {
    src: []const u8,
    pos: usize = 0,

    const Error = error{ UnexpectedChar, DivisionByZero, UnexpectedEnd } || std.fmt.ParseIntError;

    fn peek(self: *Parser) ?u8 {
        while (self.pos < self.src.len and self.src[self.pos] == ' ') self.pos += 1;
        return if (self.pos < self.src.len) self.src[self.pos] else null;
    }

    fn expr(self: *Parser) Error!i64 {
        var v = try self.term();
        while (self.peek()) |c| {
            if (c != '+' and c != '-') break;
            self.pos += 1;
            const r = try self.term();
            v = if (c == '+') v + r else v - r;
        }
        return v;
    }

    fn term(self: *Parser) Error!i64 {
        var v = try self.factor();
        while (self.peek()) |c| {
            if (c != '*' and c != '/') break;
            self.pos += 1;
            const r = try self.factor();
            if (c == '/' and r == 0) return error.DivisionByZero;
            v = if (c == '*') v * r else @divTrunc(v, r);
        }
        return v;
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
        return std.fmt.parseInt(i64, self.src[start..self.pos], 10);
    }
};

fn eval(src: []const u8) !i64 {
    var p = Parser{ .src = src };
    return p.expr();
}

pub fn main() !void {
    const inputs = [_][]const u8{ "1 + 2 * 3", "(1 + 2) * 3", "-4 * -(2 - 7)", "100 / 7 / 2", "2 *", "8 / (4 - 4)" };
    for (inputs) |in| {
        if (eval(in)) |v| {
            std.debug.print("{s:<16} = {d}\n", .{ in, v });
        } else |err| {
            std.debug.print("{s:<16} ! {s}\n", .{ in, @errorName(err) });
        }
    }
    const v = try eval("7 + x");
    std.debug.print("{d}\n", .{v});
}
