const std = @import("std");

const Kind = enum { ident, number, string, punct, eof };
const Token = struct {
    kind: Kind,
    text: []const u8,
};

const Lexer = struct {
    src: [:0]const u8,
    i: usize = 0,

    fn next(self: *Lexer) Token {
        while (self.src[self.i] == ' ' or self.src[self.i] == '\n') self.i += 1;
        const start = self.i;
        const c = self.src[self.i];
        if (c == 0) return .{ .kind = .eof, .text = self.src[start..start] };
        if (std.ascii.isAlphabetic(c) or c == '_') {
            while (std.ascii.isAlphanumeric(self.src[self.i]) or self.src[self.i] == '_') self.i += 1;
            return .{ .kind = .ident, .text = self.src[start..self.i] };
        }
        if (std.ascii.isDigit(c)) {
            while (std.ascii.isDigit(self.src[self.i]) or self.src[self.i] == '.') self.i += 1;
            return .{ .kind = .number, .text = self.src[start..self.i] };
        }
        if (c == '"') {
            self.i += 1;
            while (self.src[self.i] != '"') self.i += 1;
            self.i += 1;
            return .{ .kind = .string, .text = self.src[start + 1 .. self.i - 1] };
        }
        self.i += 1;
        return .{ .kind = .punct, .text = self.src[start..self.i] };
    }
};

pub fn main() void {
    const program: [:0]const u8 =
        \\let x_1 = 3.14;
        \\print("hi there", x_1)
    ;
    var lx = Lexer{ .src = program };
    var counts = std.EnumArray(Kind, usize).initFill(0);
    while (true) {
        const t = lx.next();
        counts.getPtr(t.kind).* += 1;
        std.debug.print("{s:<7}|{s}|\n", .{ @tagName(t.kind), t.text });
        if (t.kind == .eof) break;
    }
    var it = counts.iterator();
    while (it.next()) |e| std.debug.print("{s}={d} ", .{ @tagName(e.key), e.value.* });
    std.debug.print("\n", .{});
    const rest: [:0]const u8 = program[4..];
    std.debug.print("{s}|{d}|{d}\n", .{ rest[0..5], rest.len, rest[rest.len] });
    const c_str: [*:0]const u8 = program.ptr;
    std.debug.print("span len {d}, sliceTo {s}\n", .{ std.mem.span(c_str).len, std.mem.sliceTo(program, '=') });
    var bad = Lexer{ .src = "\"unterminated" };
    _ = bad.next();
}
