const std = @import("std");

const Token = union(enum) {
    number: f64,
    op: u8,
    lparen,
    rparen,
};

fn tokenize(alloc: std.mem.Allocator, src: []const u8) ![]Token {
    var list = std.ArrayList(Token).init(alloc);
    errdefer list.deinit();
    var i: usize = 0;
    while (i < src.len) {
        const c = src[i];
        switch (c) {
            ' ' => i += 1,
            '0'...'9', '.' => {
                const start = i;
                while (i < src.len and (std.ascii.isDigit(src[i]) or src[i] == '.')) i += 1;
                try list.append(.{ .number = try std.fmt.parseFloat(f64, src[start..i]) });
            },
            '+', '-', '*', '/' => {
                try list.append(.{ .op = c });
                i += 1;
            },
            '(' => {
                try list.append(.lparen);
                i += 1;
            },
            ')' => {
                try list.append(.rparen);
                i += 1;
            },
            else => return error.UnexpectedChar,
        }
    }
    return list.toOwnedSlice();
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.assert(gpa.deinit() == .ok);
    const alloc = gpa.allocator();
    const toks = try tokenize(alloc, "(1.5 + 2) * 3.25 - 4");
    defer alloc.free(toks);
    for (toks) |t| {
        switch (t) {
            .number => |n| std.debug.print("num({d}) ", .{n}),
            .op => |o| std.debug.print("op({c}) ", .{o}),
            else => std.debug.print("{s} ", .{@tagName(t)}),
        }
    }
    std.debug.print("\n{}\n", .{toks[1]});
    const bad = tokenize(alloc, "1 + x");
    std.debug.print("{any}\n", .{bad});
}
