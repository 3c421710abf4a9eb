const std = @import("std");
const testing = std.testing;

const Keyword = enum { kw_fn, kw_const, kw_var, kw_return, kw_if, kw_else };

const keywords = std.StaticStringMap(Keyword).initComptime(.{
    .{ "fn", .kw_fn },
    .{ "const", .kw_const },
    .{ "var", .kw_var },
    .{ "return", .kw_return },
    .{ "if", .kw_if },
    .{ "else", .kw_else },
});

const http_codes = std.StaticStringMap(u16).initComptime(.{
    .{ "OK", 200 },
    .{ "Not Found", 404 },
    .{ "Teapot", 418 },
});

const Token = union(enum) { keyword: Keyword, ident: []const u8 };

fn classify(word: []const u8) Token {
    if (keywords.get(word)) |k| return .{ .keyword = k };
    return .{ .ident = word };
}

test "keywords are found" {
    try testing.expectEqual(Token{ .keyword = .kw_fn }, classify("fn"));
    try testing.expectEqual(Keyword.kw_return, keywords.get("return").?);
    try testing.expect(keywords.has("else"));
    try testing.expect(!keywords.has("elif"));
}

test "identifiers are not keywords" {
    const t = classify("counter");
    try testing.expectEqualStrings("counter", t.ident);
    try testing.expectEqual(@as(?Keyword, null), keywords.get("Fn"));
}

test "lengths and codes" {
    try testing.expectEqual(@as(usize, 6), keywords.keys().len);
    try testing.expectEqual(@as(u16, 418), http_codes.get("Teapot").?);
    try testing.expectEqual(@as(?u16, null), http_codes.get("teapot"));
}

test "count tokens in a line" {
    var kw: usize = 0;
    var ids: usize = 0;
    var it = std.mem.tokenizeAny(u8, "const x = if y else return z", " =");
    while (it.next()) |w| switch (classify(w)) {
        .keyword => kw += 1,
        .ident => ids += 1,
    };
    try testing.expectEqual(@as(usize, 4), kw);
    try testing.expectEqual(@as(usize, 3), ids);
}
