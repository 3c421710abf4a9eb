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
    try l.appendSlice(a, &.{ 1, 5 });
    try l.insertSlice(a, 1, &.{ 2, 3, 4 });
    show("middle", l.items, l.capacity);
    try l.insertSlice(a, 0, &.{});
    show("empty slice", l.items, l.capacity);
    try l.insertSlice(a, l.items.len, &.{6});
    show("end", l.items, l.capacity);
}
