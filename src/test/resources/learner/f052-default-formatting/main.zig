const std = @import("std");

const Suit = enum { hearts, spades };
const Card = struct { rank: u8, suit: Suit, face_up: bool = false };
const Hand = struct { owner: []const u8, cards: [2]Card, bet: ?u32 };
const Status = union(enum) { idle, playing: u8, busted: Bust };
const Bust = struct { at: u8 };

pub fn main() void {
    const c = Card{ .rank = 12, .suit = .spades };
    const h = Hand{ .owner = "kim", .cards = .{ c, .{ .rank = 1, .suit = .hearts, .face_up = true } }, .bet = null };
    std.debug.print("{}\n", .{c});
    std.debug.print("{any}\n", .{h});
    std.debug.print("{} {s} {}\n", .{ Suit.hearts, @tagName(c.suit), @intFromEnum(Suit.spades) });
    const states = [_]Status{ .idle, .{ .playing = 17 }, .{ .busted = .{ .at = 23 } } };
    for (states) |s| std.debug.print("{}\n", .{s});
    const e: anyerror!u8 = error.DeckEmpty;
    std.debug.print("{!} {!}\n", .{ e, @as(anyerror!u8, 5) });
    const opt: ?Card = null;
    std.debug.print("{?} {any}\n", .{ opt, @as(?u8, 3) });
    std.debug.print("[{s:^9}] [{d:*<6}] [{c:>3}]\n", .{ "mid", 42, 'z' });
    std.debug.print("{d:.1} {d:>8.3} {}\n", .{ 2.25, -0.5, 1.0e10 });
    std.debug.print("{any}\n", .{.{ 1, "two", 3.0 }});
}
