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
    show("three", l.items, l.capacity);
    try l.appendSlice(a, &.{});
    show("empty", l.items, l.capacity);
    try l.appendSlice(a, &.{ 4, 5, 6, 7, 8, 9, 10 });
    show("ten", l.items, l.capacity);
}
