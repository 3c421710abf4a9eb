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
    const a = Set.initMany(&.{ .spades, .hearts });
    show("a ^ {hearts,clubs}", a.xorWith(Set.initMany(&.{ .hearts, .clubs })));
    show("a ^ a", a.xorWith(a));
}
