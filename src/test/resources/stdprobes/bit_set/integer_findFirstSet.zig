const std = @import("std");

fn show(label: []const u8, s: anytype) void {
    std.debug.print("{s}: ", .{label});
    for (0..s.capacity()) |i| std.debug.print("{c}", .{@as(u8, if (s.isSet(i)) '1' else '0')});
    std.debug.print(" (count {d})\n", .{s.count()});
}

pub fn main() !void {
    var s = std.bit_set.IntegerBitSet(16).initEmpty();
    _ = &s;
    std.debug.print("empty: {?}\n", .{s.findFirstSet()});
    s.set(12);
    s.set(9);
    std.debug.print("9,12: {?}\n", .{s.findFirstSet()});
    s.set(0);
    std.debug.print("with 0: {?}\n", .{s.findFirstSet()});
}
