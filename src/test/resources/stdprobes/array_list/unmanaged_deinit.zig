const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l = try std.ArrayListUnmanaged(i32).initCapacity(a, 3);
    try l.append(a, 1);
    l.deinit(a);
    std.debug.print("deinit with items: ok\n", .{});
    var e: std.ArrayListUnmanaged(i32) = std.ArrayListUnmanaged(i32).initCapacity(a, 0) catch unreachable;
    _ = &e;
    e.deinit(a);
    std.debug.print("deinit empty: ok\n", .{});
}
