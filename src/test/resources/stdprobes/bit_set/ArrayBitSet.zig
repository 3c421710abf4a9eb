const std = @import("std");

fn show(label: []const u8, s: anytype) void {
    std.debug.print("{s}: ", .{label});
    for (0..s.capacity()) |i| std.debug.print("{c}", .{@as(u8, if (s.isSet(i)) '1' else '0')});
    std.debug.print(" (count {d})\n", .{s.count()});
}

pub fn main() !void {
    const S = std.bit_set.ArrayBitSet(u8, 20);
    std.debug.print("bit_length {d} masks {d}\n", .{ S.bit_length, (S.initEmpty()).masks.len });
    var s = S.initEmpty();
    s.set(8);
    std.debug.print("mask words: {any}\n", .{s.masks});
    show("bit 8", s);
}
