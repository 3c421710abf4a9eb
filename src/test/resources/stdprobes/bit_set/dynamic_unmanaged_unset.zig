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
    var s = try std.bit_set.DynamicBitSetUnmanaged.initFull(a, 20);
    defer s.deinit(a);
    s.unset(0);
    s.unset(4);
    show("unset 0,4", s);
    s.unset(4);
    show("unset 4 again", s);
}
