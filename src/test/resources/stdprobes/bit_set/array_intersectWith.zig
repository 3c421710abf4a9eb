const std = @import("std");

fn show(label: []const u8, s: anytype) void {
    std.debug.print("{s}: ", .{label});
    for (0..s.capacity()) |i| std.debug.print("{c}", .{@as(u8, if (s.isSet(i)) '1' else '0')});
    std.debug.print(" (count {d})\n", .{s.count()});
}

pub fn main() !void {
    var s = std.bit_set.ArrayBitSet(u8, 20).initEmpty();
    _ = &s;
    s.set(1);
    s.set(2);
    var o = std.bit_set.ArrayBitSet(u8, 20).initEmpty();
    _ = &o;
    o.set(2);
    o.set(3);
    show("s & o", s.intersectWith(o));
    show("s unchanged", s);
}
