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
    s.set(1);
    var o = try std.bit_set.DynamicBitSet.initEmpty(a, 20);
    defer o.deinit();
    o.set(1);
    o.set(6);
    s.setUnion(o);
    show("union", s);
}
