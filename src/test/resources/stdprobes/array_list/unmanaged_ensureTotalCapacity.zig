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
    try l.ensureTotalCapacity(a, 1);
    show("ask 1", l.items, l.capacity);
    try l.ensureTotalCapacity(a, 3);
    show("ask 3", l.items, l.capacity);
    try l.ensureTotalCapacity(a, 100);
    show("ask 100", l.items, l.capacity);
    try l.ensureTotalCapacity(a, 50);
    show("ask 50", l.items, l.capacity);
}
