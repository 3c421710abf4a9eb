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
    try l.resize(2);
    show("shrink", l.items, l.capacity);
    try l.resize(2);
    show("same", l.items, l.capacity);
    try l.resize(5);
    l.items[2] = 0;
    l.items[3] = 0;
    l.items[4] = 0;
    show("grow", l.items, l.capacity);
}
