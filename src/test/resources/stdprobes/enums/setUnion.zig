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
    var s = Set.initOne(.spades);
    s.setUnion(Set.initMany(&.{ .spades, .diamonds }));
    show("union", s);
    s.setUnion(Set.initEmpty());
    show("with empty", s);
}
