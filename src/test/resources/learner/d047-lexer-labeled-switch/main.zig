const std = @import("std");

const TokenKind = enum { number, ident, plus, minus, star, lparen, rparen, eof, invalid };

const Token = struct {
    kind: TokenKind,
    text: []const u8,
};

fn nextToken(src: []const u8, pos: *usize) Token {
    const State = enum { start, number, ident };
    var start = pos.*;
    state: switch (State.start) {
        .start => {
            if (pos.* >= src.len) return .{ .kind = .eof, .text = "" };
            const c = src[pos.*];
            switch (c) {
                ' ', '\t' => {
                    pos.* += 1;
                    start = pos.*;
                    continue :state .start;
                },
                '0'...'9' => continue :state .number,
                'a'...'z', 'A'...'Z', '_' => continue :state .ident,
                else => {
                    pos.* += 1;
                    const kind: TokenKind = switch (c) {
                        '+' => .plus,
                        '-' => .minus,
                        '*' => .star,
                        '(' => .lparen,
                        ')' => .rparen,
                        else => .invalid,
                    };
                    return .{ .kind = kind, .text = src[start..pos.*] };
                },
            }
        },
        .number => {
            pos.* += 1;
            if (pos.* < src.len and (std.ascii.isDigit(src[pos.*]) or src[pos.*] == '.')) continue :state .number;
            return .{ .kind = .number, .text = src[start..pos.*] };
        },
        .ident => {
            pos.* += 1;
            if (pos.* < src.len and (std.ascii.isAlphanumeric(src[pos.*]) or src[pos.*] == '_')) continue :state .ident;
            return .{ .kind = .ident, .text = src[start..pos.*] };
        },
    }
}

pub fn main() void {
    const inputs = [_][]const u8{ "x1 + 42*(y_2 - 3.5)", "  a$b  ", "" };
    for (inputs) |src| {
        std.debug.print("input \"{s}\":\n", .{src});
        var pos: usize = 0;
        var count: usize = 0;
        while (true) {
            const t = nextToken(src, &pos);
            std.debug.print("  {s:<7} '{s}'\n", .{ @tagName(t.kind), t.text });
            if (t.kind == .eof) break;
            count += 1;
        }
        std.debug.print("  {d} tokens\n", .{count});
    }
}
