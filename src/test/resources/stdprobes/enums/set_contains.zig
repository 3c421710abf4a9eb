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
    const s = Set.initMany(&.{ .spades, .clubs });
    std.debug.print("spades: {}\n", .{s.contains(.spades)});
    std.debug.print("hearts: {}\n", .{s.contains(.hearts)});
    std.debug.print("empty has clubs: {}\n", .{Set.initEmpty().contains(.clubs)});
}
