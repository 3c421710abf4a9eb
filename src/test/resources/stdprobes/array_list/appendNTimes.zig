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
    try l.appendNTimes(7, 3);
    show("three 7s", l.items, l.capacity);
    try l.appendNTimes(0, 0);
    show("zero times", l.items, l.capacity);
    try l.appendNTimes(-1, 6);
    show("six -1s", l.items, l.capacity);
}
