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
    try l.append(a, 1);
    try l.ensureUnusedCapacity(a, 10);
    show("10 more", l.items, l.capacity);
    try l.ensureUnusedCapacity(a, 0);
    show("0 more", l.items, l.capacity);
}
