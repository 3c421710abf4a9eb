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
    const m = Map.init(.{ .hearts = 3, .diamonds = 8 });
    std.debug.print("hearts: {d}\n", .{m.getAssertContains(.hearts)});
    std.debug.print("diamonds: {d}\n", .{m.getAssertContains(.diamonds)});
}
