const std = @import("std");

fn show(label: []const u8, s: anytype) void {
    std.debug.print("{s}: ", .{label});
    for (0..s.capacity()) |i| std.debug.print("{c}", .{@as(u8, if (s.isSet(i)) '1' else '0')});
    std.debug.print(" (count {d})\n", .{s.count()});
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var s = try std.bit_set.DynamicBitSet.initEmpty(a, 20);
    defer s.deinit();
    s.set(0);
    s.set(5);
    s.toggleAll();
    show("once", s);
    s.toggleAll();
    show("twice", s);
}
