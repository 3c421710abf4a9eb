const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l = try std.ArrayListUnmanaged(u8).initCapacity(a, 8);
    defer l.deinit(a);
    const w = l.fixedWriter();
    try w.writeAll("abcd");
    std.debug.print("fits: {s}\n", .{l.items});
    w.writeAll("efghij") catch |e| std.debug.print("too long: {s}\n", .{@errorName(e)});
    std.debug.print("after: {s} cap {d}\n", .{ l.items, l.capacity });
}
