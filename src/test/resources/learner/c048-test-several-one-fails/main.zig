const std = @import("std");
const testing = std.testing;

const Suit = enum { clubs, diamonds, hearts, spades };
const Card = struct {
    rank: u4,
    suit: Suit,

    fn parse(s: []const u8) !Card {
        if (s.len < 2) return error.TooShort;
        const rank: u4 = switch (s[0]) {
            'A' => 1,
            '2'...'9' => @intCast(s[0] - '0'),
            'T' => 10,
            'J' => 11,
            'Q' => 12,
            'K' => 13,
            else => return error.BadRank,
        };
        const suit: Suit = switch (s[1]) {
            'c' => .clubs,
            'd' => .diamonds,
            'h' => .hearts,
            's' => .spades,
            else => return error.BadSuit,
        };
        return .{ .rank = rank, .suit = suit };
    }
};

test "parse ace of spades" {
    try testing.expectEqual(Card{ .rank = 1, .suit = .spades }, try Card.parse("As"));
}

test "suit by name" {
    try testing.expectEqual(Suit.hearts, std.meta.stringToEnum(Suit, "hearts").?);
    try testing.expect(std.meta.stringToEnum(Suit, "stars") == null);
}

test "bad inputs" {
    try testing.expectError(error.TooShort, Card.parse("Q"));
    try testing.expectError(error.BadSuit, Card.parse("Qx"));
    try testing.expectError(error.BadRank, Card.parse("1h"));
}

test "ten of diamonds" {
    const c = try Card.parse("10d");
    try testing.expectEqual(@as(u4, 10), c.rank);
}

test "cards compare with meta.eql" {
    try testing.expect(std.meta.eql(try Card.parse("Kh"), Card{ .rank = 13, .suit = .hearts }));
}
