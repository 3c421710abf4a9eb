const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l = std.ArrayList(i32).init(a);
    try l.appendSlice(&.{ 1, 2 });
    var u = l.moveToUnmanaged();
    defer u.deinit(a);
    show("unmanaged", u.items, u.capacity);
    show("managed after move", l.items, l.capacity);
    l.deinit();
}
