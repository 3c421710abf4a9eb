const std = @import("std");

fn show(label: []const u8, s: anytype) void {
    std.debug.print("{s}: ", .{label});
    for (0..s.capacity()) |i| std.debug.print("{c}", .{@as(u8, if (s.isSet(i)) '1' else '0')});
    std.debug.print(" (count {d})\n", .{s.count()});
}

pub fn main() !void {
    var s = std.bit_set.IntegerBitSet(16).initEmpty();
    _ = &s;
    s.set(0);
    s.set(5);
    s.toggleAll();
    show("once", s);
    s.toggleAll();
    show("twice", s);
}
