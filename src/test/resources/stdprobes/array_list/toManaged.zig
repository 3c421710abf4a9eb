const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var u: std.ArrayListUnmanaged(i32) = .empty;
    try u.appendSlice(a, &.{ 3, 4 });
    var l = u.toManaged(a);
    defer l.deinit();
    try l.append(5);
    show("managed", l.items, l.capacity);
}
