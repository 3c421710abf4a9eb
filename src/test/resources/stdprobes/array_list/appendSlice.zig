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
    try l.appendSlice(&.{ 1, 2, 3 });
    show("three", l.items, l.capacity);
    try l.appendSlice(&.{});
    show("empty", l.items, l.capacity);
    try l.appendSlice(&.{ 4, 5, 6, 7, 8, 9, 10 });
    show("ten", l.items, l.capacity);
}
