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
    s.set(4);
    s.set(19);
    var it = s.iterator(.{});
    while (it.next()) |i| std.debug.print("set {d}\n", .{i});
    var rev = s.iterator(.{ .direction = .reverse });
    while (rev.next()) |i| std.debug.print("reverse {d}\n", .{i});
    var un = s.iterator(.{ .kind = .unset });
    var n: usize = 0;
    while (un.next()) |_| n += 1;
    std.debug.print("unset bits: {d}\n", .{n});
}
