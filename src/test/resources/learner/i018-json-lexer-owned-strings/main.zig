const std = @import("std");

const Token = union(enum) {
    lbrace,
    rbrace,
    lbracket,
    rbracket,
    colon,
    comma,
    string: []u8,
    number: f64,
    boolean: bool,
    null,
};

const Lexer = struct {
    src: []const u8,
    pos: usize = 0,
    allocator: std.mem.Allocator,

    fn next(self: *Lexer) !?Token {
        while (self.pos < self.src.len and std.ascii.isWhitespace(self.src[self.pos])) self.pos += 1;
        if (self.pos >= self.src.len) return null;
        const c = self.src[self.pos];
        self.pos += 1;
        switch (c) {
            '{' => return .lbrace,
            '}' => return .rbrace,
            '[' => return .lbracket,
            ']' => return .rbracket,
            ':' => return .colon,
            ',' => return .comma,
            '"' => {
                var buf = std.ArrayList(u8).init(self.allocator);
                errdefer buf.deinit();
                while (self.pos < self.src.len and self.src[self.pos] != '"') : (self.pos += 1) {
                    var ch = self.src[self.pos];
                    if (ch == '\\') {
                        self.pos += 1;
                        ch = switch (self.src[self.pos]) {
                            'n' => '\n',
                            't' => '\t',
                            else => |e| e,
                        };
                    }
                    try buf.append(ch);
                }
                if (self.pos >= self.src.len) return error.UnterminatedString;
                self.pos += 1;
                return .{ .string = try buf.toOwnedSlice() };
            },
            '-', '0'...'9' => {
                const start = self.pos - 1;
                while (self.pos < self.src.len and (std.ascii.isDigit(self.src[self.pos]) or self.src[self.pos] == '.' or self.src[self.pos] == 'e')) self.pos += 1;
                return .{ .number = try std.fmt.parseFloat(f64, self.src[start..self.pos]) };
            },
            else => {
                const start = self.pos - 1;
                while (self.pos < self.src.len and std.ascii.isAlphabetic(self.src[self.pos])) self.pos += 1;
                const word = self.src[start..self.pos];
                if (std.mem.eql(u8, word, "true")) return .{ .boolean = true };
                if (std.mem.eql(u8, word, "false")) return .{ .boolean = false };
                if (std.mem.eql(u8, word, "null")) return .null;
                return error.UnexpectedCharacter;
            },
        }
    }
};

fn dump(a: std.mem.Allocator, src: []const u8) !void {
    var lx = Lexer{ .src = src, .allocator = a };
    var n: usize = 0;
    while (try lx.next()) |tok| : (n += 1) {
        switch (tok) {
            .string => |s| {
                defer a.free(s);
                std.debug.print("str({s}) ", .{s});
            },
            .number => |x| std.debug.print("num({d}) ", .{x}),
            .boolean => |b| std.debug.print("{} ", .{b}),
            else => std.debug.print("{s} ", .{@tagName(tok)}),
        }
    }
    std.debug.print("[{d} tokens]\n", .{n});
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    try dump(a, "{\"name\": \"Ziggy\\tZ\", \"age\": 9, \"tags\": [\"a\", \"b\"]}");
    try dump(a, "[1.5, -2, 3e2, true, false, null]");
    dump(a, "{\"open\": \"never closed") catch |e| std.debug.print("error: {s}\n", .{@errorName(e)});
    try dump(a, "[1, 2, @]");
}
