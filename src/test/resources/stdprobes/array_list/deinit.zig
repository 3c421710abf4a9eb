const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l = try std.ArrayList(i32).initCapacity(a, 3);
    try l.append(1);
    l.deinit();
    std.debug.print("deinit with items: ok\n", .{});
    var e: std.ArrayList(i32) = std.ArrayList(i32).initCapacity(a, 0) catch unreachable;
    _ = &e;
    e.deinit();
    std.debug.print("deinit empty: ok\n", .{});
}
