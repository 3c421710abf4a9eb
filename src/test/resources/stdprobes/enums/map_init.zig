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
    show("two", Map.init(.{ .hearts = 1, .clubs = 2 }));
    show("none", Map.init(.{}));
    show("zero is present", Map.init(.{ .spades = 0 }));
}
