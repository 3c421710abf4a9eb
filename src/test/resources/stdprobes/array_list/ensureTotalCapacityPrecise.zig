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
    try l.ensureTotalCapacityPrecise(3);
    show("ask 3", l.items, l.capacity);
    try l.ensureTotalCapacityPrecise(7);
    show("ask 7", l.items, l.capacity);
    try l.ensureTotalCapacityPrecise(2);
    show("ask 2", l.items, l.capacity);
}
