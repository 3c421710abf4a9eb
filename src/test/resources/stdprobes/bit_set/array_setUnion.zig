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
    var o = std.bit_set.ArrayBitSet(u8, 20).initEmpty();
    _ = &o;
    o.set(1);
    o.set(6);
    s.setUnion(o);
    show("union", s);
}
