const std = @import("std");

fn show(label: []const u8, s: anytype) void {
    std.debug.print("{s}: ", .{label});
    for (0..s.capacity()) |i| std.debug.print("{c}", .{@as(u8, if (s.isSet(i)) '1' else '0')});
    std.debug.print(" (count {d})\n", .{s.count()});
}

pub fn main() !void {
    var s = std.bit_set.IntegerBitSet(16).initEmpty();
    _ = &s;
    var o = std.bit_set.IntegerBitSet(16).initEmpty();
    _ = &o;
    std.debug.print("empties: {}\n", .{s.eql(o)});
    s.set(3);
    std.debug.print("differ: {}\n", .{s.eql(o)});
    o.set(3);
    std.debug.print("same: {}\n", .{s.eql(o)});
}
