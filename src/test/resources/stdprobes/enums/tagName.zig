const std = @import("std");

const Suit = enum { spades, hearts, clubs, diamonds };

pub fn main() !void {
    const Open = enum(u8) { a = 1, b = 2, _ };
    var v: Open = .b;
    std.debug.print("b: {?s}\n", .{std.enums.tagName(Open, v)});
    v = @enumFromInt(77);
    std.debug.print("77: {?s}\n", .{std.enums.tagName(Open, v)});
    std.debug.print("hearts: {?s}\n", .{std.enums.tagName(Suit, .hearts)});
}
