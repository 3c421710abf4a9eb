const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const s = try a.dupeZ(u8, "hey");
    var l = std.ArrayListUnmanaged(u8).fromOwnedSliceSentinel(0, s);
    defer l.deinit(a);
    std.debug.print("items: {s} len {d} cap {d}\n", .{ l.items, l.items.len, l.capacity });
    try l.append(a, '!');
    std.debug.print("after append: {s}\n", .{l.items});
}
