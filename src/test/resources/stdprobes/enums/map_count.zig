const std = @import("std");

const Suit = enum { spades, hearts, clubs, diamonds };
const Map = std.EnumMap(Suit, u32);

fn show(label: []const u8, m: Map) void {
    std.debug.print("{s}:", .{label});
    var copy = m;
    var it = copy.iterator();
    while (it.next()) |e| std.debug.print(" {s}={d}", .{ @tagName(e.key), e.value.* });
    std.debug.print(" (count {d})\n", .{m.count()});
}

pub fn main() !void {
    std.debug.print("empty: {d}\n", .{(Map{}).count()});
    std.debug.print("two: {d}\n", .{Map.init(.{ .spades = 1, .clubs = 1 }).count()});
    std.debug.print("full: {d}\n", .{Map.initFull(0).count()});
}
