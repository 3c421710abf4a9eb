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
    try l.append(1);
    show("1", l.items, l.capacity);
    try l.append(2);
    try l.append(3);
    show("3", l.items, l.capacity);
    var i: i32 = 4;
    while (i <= 9) : (i += 1) try l.append(i);
    show("9", l.items, l.capacity);
}
