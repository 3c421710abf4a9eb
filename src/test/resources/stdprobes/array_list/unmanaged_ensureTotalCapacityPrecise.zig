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
    try l.ensureTotalCapacityPrecise(a, 3);
    show("ask 3", l.items, l.capacity);
    try l.ensureTotalCapacityPrecise(a, 7);
    show("ask 7", l.items, l.capacity);
    try l.ensureTotalCapacityPrecise(a, 2);
    show("ask 2", l.items, l.capacity);
}
