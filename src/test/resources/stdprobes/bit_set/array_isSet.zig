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
    s.set(19);
    std.debug.print("0: {}\n", .{s.isSet(0)});
    std.debug.print("1: {}\n", .{s.isSet(1)});
    std.debug.print("last: {}\n", .{s.isSet(19)});
}
