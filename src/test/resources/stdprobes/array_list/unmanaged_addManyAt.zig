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
    try l.appendSlice(a, &.{ 1, 2, 3 });
    const s = try l.addManyAt(a, 1, 2);
    s[0] = 10;
    s[1] = 11;
    show("2 at 1", l.items, l.capacity);
    const e = try l.addManyAt(a, l.items.len, 1);
    e[0] = 99;
    show("1 at end", l.items, l.capacity);
}
