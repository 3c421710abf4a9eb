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
    try l.resize(a, 2);
    show("shrink", l.items, l.capacity);
    try l.resize(a, 2);
    show("same", l.items, l.capacity);
    try l.resize(a, 5);
    l.items[2] = 0;
    l.items[3] = 0;
    l.items[4] = 0;
    show("grow", l.items, l.capacity);
}
