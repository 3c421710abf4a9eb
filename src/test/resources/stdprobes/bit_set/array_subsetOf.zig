const std = @import("std");

fn show(label: []const u8, s: anytype) void {
    std.debug.print("{s}: ", .{label});
    for (0..s.capacity()) |i| std.debug.print("{c}", .{@as(u8, if (s.isSet(i)) '1' else '0')});
    std.debug.print(" (count {d})\n", .{s.count()});
}

pub fn main() !void {
    var s = std.bit_set.ArrayBitSet(u8, 20).initEmpty();
    _ = &s;
    s.set(2);
    var o = std.bit_set.ArrayBitSet(u8, 20).initEmpty();
    _ = &o;
    o.set(2);
    o.set(5);
    std.debug.print("s sub o: {}\n", .{s.subsetOf(o)});
    std.debug.print("o sub s: {}\n", .{o.subsetOf(s)});
    std.debug.print("s sub s: {}\n", .{s.subsetOf(s)});
}
