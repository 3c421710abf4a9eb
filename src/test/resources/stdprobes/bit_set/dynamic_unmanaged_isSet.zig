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
    s.set(1);
    s.set(19);
    std.debug.print("0: {}\n", .{s.isSet(0)});
    std.debug.print("1: {}\n", .{s.isSet(1)});
    std.debug.print("last: {}\n", .{s.isSet(19)});
}
