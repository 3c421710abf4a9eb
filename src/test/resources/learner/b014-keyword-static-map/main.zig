const std = @import("std");

const Kind = enum { kw_const, kw_var, kw_fn, kw_return, kw_if, kw_else, ident, number, symbol };

const keywords = std.StaticStringMap(Kind).initComptime(.{
    .{ "const", .kw_const },
    .{ "var", .kw_var },
    .{ "fn", .kw_fn },
    .{ "return", .kw_return },
    .{ "if", .kw_if },
    .{ "else", .kw_else },
});

fn classify(word: []const u8) Kind {
    if (keywords.get(word)) |k| return k;
    if (std.ascii.isDigit(word[0])) return .number;
    if (std.ascii.isAlphabetic(word[0]) or word[0] == '_') return .ident;
    return .symbol;
}

pub fn main() void {
    const src = "fn max ( a , b ) { if a > b return a else return b } const x = 42 ; var constant = x";
    var counts = std.EnumArray(Kind, usize).initFill(0);
    var it = std.mem.tokenizeScalar(u8, src, ' ');
    while (it.next()) |word| {
        const kind = classify(word);
        counts.getPtr(kind).* += 1;
        if (kind != .symbol) std.debug.print("{s:<9} {s}\n", .{ @tagName(kind), word });
    }
    std.debug.print("---\n", .{});
    for (std.enums.values(Kind)) |k| {
        std.debug.print("{s}: {d}\n", .{ @tagName(k), counts.get(k) });
    }
    std.debug.print("has 'while': {}, has 'return': {}\n", .{ keywords.has("while"), keywords.has("return") });
}
