const std = @import("std");

const Suit = enum { clubs, diamonds, hearts, spades };
const Card = struct {
    rank: u8,
    suit: Suit,

    fn name(self: Card) [2]u8 {
        const ranks = "A23456789TJQK";
        const suit_char: u8 = switch (self.suit) {
            .clubs => 'c',
            .diamonds => 'd',
            .hearts => 'h',
            .spades => 's',
        };
        return .{ ranks[self.rank - 1], suit_char };
    }
};

pub fn main() !void {
    var deck: [52]Card = undefined;
    var n: usize = 0;
    for (std.enums.values(Suit)) |s| {
        for (1..14) |r| {
            deck[n] = .{ .rank = @intCast(r), .suit = s };
            n += 1;
        }
    }

    var prng = std.Random.DefaultPrng.init(0xC0FFEE);
    const random = prng.random();
    random.shuffle(Card, &deck);

    // deal four hands of five cards
    for (0..4) |p| {
        std.debug.print("player {d}:", .{p + 1});
        var points: u32 = 0;
        for (deck[p * 5 .. p * 5 + 5]) |c| {
            std.debug.print(" {s}", .{&c.name()});
            points += @min(c.rank, 10);
        }
        std.debug.print("  ({d} points)\n", .{points});
    }

    // a random suit as trumps and a random cut position
    const trumps = random.enumValue(Suit);
    const cut = random.uintLessThan(usize, deck.len);
    std.debug.print("trumps: {s}, cut at {d}: {s}\n", .{ @tagName(trumps), cut, &deck[cut].name() });

    // is the rest of the deck still complete?
    var seen = std.StaticBitSet(52).initEmpty();
    for (deck) |c| seen.set(@as(usize, @intFromEnum(c.suit)) * 13 + c.rank - 1);
    std.debug.print("all cards present: {}\n", .{seen.count() == 52});
}
