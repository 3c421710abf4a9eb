const std = @import("std");

fn show(label: []const u8, s: anytype) void {
    std.debug.print("{s}: ", .{label});
    for (0..s.capacity()) |i| std.debug.print("{c}", .{@as(u8, if (s.isSet(i)) '1' else '0')});
    std.debug.print(" (count {d})\n", .{s.count()});
}

pub fn main() !void {
    var s = std.bit_set.IntegerBitSet(16).initFull();
    _ = &s;
    s.unset(0);
    s.unset(4);
    show("unset 0,4", s);
    s.unset(4);
    show("unset 4 again", s);
}
