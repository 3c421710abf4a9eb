const std = @import("std");

const Suit = enum { spades, hearts, clubs, diamonds };

pub fn main() !void {
    const fs = @typeInfo(Suit).@"enum".fields;
    const vs = std.enums.valuesFromFields(Suit, fs[1..3]);
    for (vs) |v| std.debug.print("value: {s}\n", .{@tagName(v)});
    const none = std.enums.valuesFromFields(Suit, fs[0..0]);
    std.debug.print("empty: {d}\n", .{none.len});
}
