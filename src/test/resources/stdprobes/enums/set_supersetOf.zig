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
    std.debug.print("b super a: {}\n", .{b.supersetOf(a)});
    std.debug.print("a super b: {}\n", .{a.supersetOf(b)});
    std.debug.print("full super b: {}\n", .{Set.initFull().supersetOf(b)});
}
