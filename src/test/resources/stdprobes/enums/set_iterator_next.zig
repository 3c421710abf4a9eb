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
    const s = Set.initMany(&.{ .spades, .diamonds });
    var it = s.iterator();
    std.debug.print("1: {?s}\n", .{if (it.next()) |k| @tagName(k) else null});
    std.debug.print("2: {?s}\n", .{if (it.next()) |k| @tagName(k) else null});
    std.debug.print("3: {?s}\n", .{if (it.next()) |k| @tagName(k) else null});
    std.debug.print("4: {?s}\n", .{if (it.next()) |k| @tagName(k) else null});
}
