const std = @import("std");

const Suit = enum { spades, hearts, clubs, diamonds };

pub fn main() !void {
    for (std.enums.values(Suit)) |v| std.debug.print("{s}\n", .{@tagName(v)});
    const Odd = enum(u8) { z = 9, a = 1, m = 5 };
    for (std.enums.values(Odd)) |v| std.debug.print("{s}={d}\n", .{ @tagName(v), @intFromEnum(v) });
    std.debug.print("single: {d}\n", .{std.enums.values(enum { x }).len});
}
