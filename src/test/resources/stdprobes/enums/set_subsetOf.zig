const std = @import("std");

const Suit = enum { spades, hearts, clubs, diamonds };
const Set = std.EnumSet(Suit);

fn show(label: []const u8, s: Set) void {
    std.debug.print("{s}:", .{label});
    var it = s.iterator();
    while (it.next()) |k| std.debug.print(" {s}", .{@tagName(k)});
    std.debug.print(" (count {d})\n", .{s.count()});
}

pub fn main() !void {
    const a = Set.initOne(.clubs);
    const b = Set.initMany(&.{ .spades, .clubs });
    std.debug.print("a sub b: {}\n", .{a.subsetOf(b)});
    std.debug.print("b sub a: {}\n", .{b.subsetOf(a)});
    std.debug.print("empty sub a: {}\n", .{Set.initEmpty().subsetOf(a)});
    std.debug.print("a sub a: {}\n", .{a.subsetOf(a)});
}
