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
    const s = Set.initMany(&.{ .diamonds, .hearts });
    var it = s.iterator();
    std.debug.print("first: {?}\n", .{it.next()});
    const e = Set.initEmpty();
    var it2 = e.iterator();
    std.debug.print("empty first: {?}\n", .{it2.next()});
}
