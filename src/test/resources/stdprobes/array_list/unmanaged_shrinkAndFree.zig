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
    try l.appendSlice(a, &.{ 1, 2, 3, 4, 5, 6 });
    show("before", l.items, l.capacity);
    l.shrinkAndFree(a, 2);
    show("shrunk", l.items, l.capacity);
    l.shrinkAndFree(a, 0);
    show("zero", l.items, l.capacity);
}
