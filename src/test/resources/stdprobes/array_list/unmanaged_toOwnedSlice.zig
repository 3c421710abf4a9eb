const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l: std.ArrayListUnmanaged(i32) = .empty;
    defer l.deinit(a);
    try l.appendSlice(a, &.{ 1, 2, 3 });
    const owned = try l.toOwnedSlice(a);
    defer a.free(owned);
    std.debug.print("owned: {any}\n", .{owned});
    show("list after", l.items, l.capacity);
    const none = try l.toOwnedSlice(a);
    defer a.free(none);
    std.debug.print("empty owned len: {d}\n", .{none.len});
}
