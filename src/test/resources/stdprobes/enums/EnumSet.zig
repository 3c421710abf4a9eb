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
    std.debug.print("len: {d}\n", .{Set.len});
    const s: Set = .{};
    show("default", s);
    const Small = std.enums.EnumSet(enum { one });
    std.debug.print("small len: {d}, count: {d}\n", .{ Small.len, (Small{}).count() });
}
