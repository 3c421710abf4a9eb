const std = @import("std");

const Parser = struct {
    src: []const u8,
    pos: usize = 0,

    fn expr(self: *Parser) !u32 {
        if (self.pos >= self.src.len) return error.UnexpectedEnd;
        const c = self.src[self.pos];
        if (c == '(') {
            self.pos += 1;
            const inner = try self.expr();
            if (self.pos >= self.src.len or self.src[self.pos] != ')') return error.MissingParen;
            self.pos += 1;
            return inner + 1;
        }
        if (std.ascii.isDigit(c)) {
            self.pos += 1;
            return c - '0';
        }
        return error.UnexpectedChar;
    }
};

pub fn main() !void {
    var p = Parser{ .src = "((((7))))" };
    std.debug.print("depth+value {d}\n", .{try p.expr()});
    var buf: [80]u8 = undefined;
    const depth = 36;
    @memset(buf[0..depth], '(');
    buf[depth] = 'x';
    var q = Parser{ .src = buf[0 .. depth + 1] };
    _ = try q.expr();
}
