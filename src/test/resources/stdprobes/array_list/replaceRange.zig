const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l = std.ArrayList(i32).init(a);
    defer l.deinit();
    try l.appendSlice(&.{ 1, 2, 3, 4, 5 });
    try l.replaceRange(1, 2, &.{ 20, 30 });
    show("same len", l.items, l.capacity);
    try l.replaceRange(0, 1, &.{ 7, 7, 7 });
    show("grow", l.items, l.capacity);
    try l.replaceRange(2, 4, &.{});
    show("shrink", l.items, l.capacity);
}
