const std = @import("std");

const Token = union(enum) {
    number: i64,
    plus,
    minus,
    star,
    slash,
    lparen,
    rparen,
};

const TokenizeError = error{UnexpectedChar} || std.fmt.ParseIntError || std.mem.Allocator.Error;

fn tokenize(allocator: std.mem.Allocator, src: []const u8) TokenizeError!std.ArrayList(Token) {
    var tokens = std.ArrayList(Token).init(allocator);
    errdefer tokens.deinit();
    var i: usize = 0;
    while (i < src.len) {
        const c = src[i];
        if (std.ascii.isWhitespace(c)) {
            i += 1;
            continue;
        }
        if (std.ascii.isDigit(c)) {
            const start = i;
            while (i < src.len and std.ascii.isDigit(src[i])) i += 1;
            try tokens.append(.{ .number = try std.fmt.parseInt(i64, src[start..i], 10) });
            continue;
        }
        const tok: Token = switch (c) {
            '+' => .plus,
            '-' => .minus,
            '*' => .star,
            '/' => .slash,
            '(' => .lparen,
            ')' => .rparen,
            else => return error.UnexpectedChar,
        };
        try tokens.append(tok);
        i += 1;
    }
    return tokens;
}

fn printTokens(tokens: []const Token) void {
    for (tokens) |t| {
        switch (t) {
            .number => |n| std.debug.print("NUM({d}) ", .{n}),
            else => std.debug.print("{s} ", .{@tagName(t)}),
        }
    }
    std.debug.print("\n", .{});
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const inputs = [_][]const u8{ "1 + 2", "(12*3) - 40/ 5", "7 % 2", "99999999999999999999" };
    for (inputs) |src| {
        std.debug.print("{s:<16} => ", .{src});
        var tokens = tokenize(allocator, src) catch |err| {
            std.debug.print("error: {s}\n", .{@errorName(err)});
            continue;
        };
        defer tokens.deinit();
        printTokens(tokens.items);
    }
}
