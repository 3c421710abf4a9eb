const std = @import("std");

fn show(label: []const u8, s: anytype) void {
    std.debug.print("{s}: ", .{label});
    for (0..s.capacity()) |i| std.debug.print("{c}", .{@as(u8, if (s.isSet(i)) '1' else '0')});
    std.debug.print(" (count {d})\n", .{s.count()});
}

pub fn main() !void {
    const Small = std.bit_set.StaticBitSet(10);
    const Big = std.bit_set.StaticBitSet(100);
    std.debug.print("10 bits is IntegerBitSet(10): {}\n", .{Small == std.bit_set.IntegerBitSet(10)});
    std.debug.print("100 bits is ArrayBitSet(usize, 100): {}\n", .{Big == std.bit_set.ArrayBitSet(usize, 100)});
    var s = Small.initEmpty();
    s.set(9);
    show("small", s);
    var b = Big.initEmpty();
    b.set(99);
    std.debug.print("big count {d} capacity {d}\n", .{ b.count(), b.capacity() });
}
