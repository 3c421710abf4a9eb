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
    var m = Map{};
    m.put(.clubs, 5);
    show("put clubs", m);
    m.put(.clubs, 6);
    show("overwrite", m);
    m.put(.spades, 0);
    show("put spades", m);
}
