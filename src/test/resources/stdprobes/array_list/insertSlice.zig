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
    try l.appendSlice(&.{ 1, 5 });
    try l.insertSlice(1, &.{ 2, 3, 4 });
    show("middle", l.items, l.capacity);
    try l.insertSlice(0, &.{});
    show("empty slice", l.items, l.capacity);
    try l.insertSlice(l.items.len, &.{6});
    show("end", l.items, l.capacity);
}
