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
    var s = try std.bit_set.DynamicBitSetUnmanaged.initEmpty(a, 20);
    defer s.deinit(a);
    std.debug.print("empty: {d}\n", .{s.count()});
    s.set(3);
    s.set(9);
    std.debug.print("two: {d}\n", .{s.count()});
    var f = try std.bit_set.DynamicBitSetUnmanaged.initFull(a, 20);
    defer f.deinit(a);
    std.debug.print("full: {d}\n", .{f.count()});
}
