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
    const a = Set.initOne(.spades);
    show("spades u hearts", a.unionWith(Set.initOne(.hearts)));
    show("spades u empty", a.unionWith(Set.initEmpty()));
    show("a unchanged", a);
}
