const std = @import("std");

fn show(label: []const u8, s: anytype) void {
    std.debug.print("{s}: ", .{label});
    for (0..s.capacity()) |i| std.debug.print("{c}", .{@as(u8, if (s.isSet(i)) '1' else '0')});
    std.debug.print(" (count {d})\n", .{s.count()});
}

pub fn main() !void {
    const S = std.bit_set.IntegerBitSet(5);
    std.debug.print("bit_length {d} MaskInt {s}\n", .{ S.bit_length, @typeName(S.MaskInt) });
    var s: S = .{ .mask = 0b10110 };
    show("mask 0b10110", s);
    s.mask = 0;
    show("mask 0", s);
}
