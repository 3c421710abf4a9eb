const std = @import("std");

fn show(label: []const u8, s: anytype) void {
    std.debug.print("{s}: ", .{label});
    for (0..s.capacity()) |i| std.debug.print("{c}", .{@as(u8, if (s.isSet(i)) '1' else '0')});
    std.debug.print(" (count {d})\n", .{s.count()});
}

pub fn main() !void {
    var s = std.bit_set.IntegerBitSet(16).initEmpty();
    _ = &s;
    s.setRangeValue(.{ .start = 2, .end = 11 }, true);
    show("2..11 true", s);
    s.setRangeValue(.{ .start = 3, .end = 5 }, false);
    show("3..5 false", s);
    s.setRangeValue(.{ .start = 7, .end = 7 }, false);
    show("empty range", s);
    s.setRangeValue(.{ .start = 0, .end = 16 }, true);
    show("whole", s);
}
