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
    const arr = try l.addManyAsArray(a, 3);
    arr.* = .{ 1, 2, 3 };
    show("three", l.items, l.capacity);
    const none = try l.addManyAsArray(a, 0);
    std.debug.print("zero len: {d}\n", .{none.len});
}
