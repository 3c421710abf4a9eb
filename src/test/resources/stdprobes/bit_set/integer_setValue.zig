const std = @import("std");

fn show(label: []const u8, s: anytype) void {
    std.debug.print("{s}: ", .{label});
    for (0..s.capacity()) |i| std.debug.print("{c}", .{@as(u8, if (s.isSet(i)) '1' else '0')});
    std.debug.print(" (count {d})\n", .{s.count()});
}

pub fn main() !void {
    var s = std.bit_set.IntegerBitSet(16).initEmpty();
    _ = &s;
    s.setValue(2, true);
    show("2 true", s);
    s.setValue(2, false);
    show("2 false", s);
    s.setValue(5, true);
    s.setValue(5, true);
    show("5 true twice", s);
}
